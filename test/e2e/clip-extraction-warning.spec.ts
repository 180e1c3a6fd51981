import { expect, openDesk, seriousA11yViolations, test } from '../support/e2e-fixtures';
import { startPageServer, type PageServer } from '../support/page-server';

let pages: PageServer | null = null;
test.afterEach(async () => {
  await pages?.close();
  pages = null;
});

/** A page of short items and links: nothing Readability would call an article. */
const LINKS_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour Gazette: today</title></head><body>
<ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/story/${i}">Story ${i}</a></li>`).join('')}</ul>
<p>Ferry times: 9:00, 12:00.</p></body></html>`;

test('a page without an article says so, and Show full page shows everything captured', async ({ page, app }) => {
  pages = await startPageServer({ '/today': { headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: LINKS_PAGE } });
  await openDesk(page, app);
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'New clip' });
  await dialog.getByRole('textbox', { name: 'Web address' }).fill(pages.url('/today'));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden({ timeout: 20_000 });

  const reader = page.getByRole('main');
  const warning = reader.getByRole('status').filter({ hasText: /No article was found|may be incomplete/ });
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Show full page' }).click();
  await expect(reader.getByRole('group', { name: 'Show the clip as' }).getByRole('button', { name: 'Full page' })).toHaveAttribute('aria-pressed', 'true');
  const full = reader.getByRole('region', { name: 'Full page' });
  await expect(full).toContainText('Ferry times: 9:00, 12:00.');
  await expect(full.getByRole('link', { name: 'Story 11' })).toHaveAttribute('href', `${pages.origin}/story/11`);
  // Already on the full page: the warning no longer offers it.
  await expect(warning.getByRole('button', { name: 'Show full page' })).toHaveCount(0);
  expect(await seriousA11yViolations(page), 'reader with the extraction warning, Full page view').toEqual([]);
});
