import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { callApi, expect, openDesk, screenshot, seriousA11yViolations, test } from '../support/e2e-fixtures';
import { NEWS_PATH, NEWS_TITLE, newsRoutes, progressLabels, recordProgressLabels } from '../support/e2e-clip';
import { startPageServer, type PageServer } from '../support/page-server';

let pages: PageServer | null = null;
test.afterEach(async () => {
  await pages?.close();
  pages = null;
});

function clipDialog(page: Page) {
  return page.getByRole('dialog', { name: 'New clip' });
}

async function clipCount(page: Page): Promise<number> {
  return (await callApi<{ total: number }>(page, 'listClips', {})).total;
}

/** Files in the notebook's clips/ and assets/ folders: a failed or cancelled clip must leave none. */
function storedFiles(notebookDir: string): string[] {
  const list = (dir: string) => {
    try {
      return readdirSync(join(notebookDir, dir)).map((f) => `${dir}/${f}`);
    } catch {
      return [];
    }
  };
  return [...list('clips'), ...list('assets')];
}

test('clips a web page through the dialog with progress, and reads it offline with its picture', async ({ page, app }) => {
  pages = await startPageServer(newsRoutes({ slow: true }));
  await openDesk(page, app);
  await recordProgressLabels(page);

  await page.getByRole('banner').getByRole('button', { name: 'New clip' }).click();
  const dialog = clipDialog(page);
  await expect(dialog.getByRole('tab', { name: 'Web address' })).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.getByRole('textbox', { name: 'Web address' })).toBeFocused();
  await page.keyboard.type(pages.url(NEWS_PATH));
  await dialog.getByRole('button', { name: 'Clip', exact: true }).click();

  const bar = dialog.getByRole('progressbar');
  await expect(bar).toBeVisible();
  await expect(dialog.locator('.clip-progress-label')).toHaveText(/Fetching \([\d.]+ KB/);
  await screenshot(page, 'clip-dialog-progress-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'clip-dialog-progress-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(dialog.locator('.clip-progress-label')).toHaveText('Images 0/1');
  await expect(bar).toHaveAttribute('aria-valuenow', '50');

  await expect(dialog).toBeHidden({ timeout: 20_000 });
  const reader = page.getByRole('main');
  await expect(reader.getByRole('heading', { name: NEWS_TITLE, level: 2 })).toBeVisible();
  const stages = await progressLabels(page);
  expect(stages.some((s) => /^Fetching \([\d.]+ KB/.test(s))).toBe(true);
  expect(stages).toContain('Images 0/1');

  // Offline: the page server is gone, the app reloaded; the article and its captured picture still show.
  await pages.close();
  pages = null;
  await page.reload();
  await expect(reader.getByRole('heading', { name: NEWS_TITLE, level: 2 })).toBeVisible();
  await reader.getByRole('group', { name: 'Show the clip as' }).getByRole('button', { name: 'Article' }).click();
  const article = reader.getByRole('region', { name: 'Article' });
  const image = article.getByRole('img', { name: 'The repaired riverside park under a clear sky' });
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute('src', /^notebook-assets\/[0-9a-f]{64}\.png$/);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
  await expect(article.locator('figcaption')).toContainText('The repaired lawn and path');
  await expect(article.getByRole('heading', { name: 'What changed' })).toBeVisible();
  await image.scrollIntoViewIfNeeded();
  await screenshot(page, 'clip-reader-article-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'clip-reader-article-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await seriousA11yViolations(page), 'reader, Article view').toEqual([]);

  // The capture record proves what was received.
  await reader.getByText('Capture record').click();
  const record = reader.locator('.capture-record');
  await expect(record).toContainText(pagesUrlPattern(NEWS_PATH));
  await expect(record).toContainText('HTTP status200');
  await expect(record).toContainText('Content typetext/html');
  await expect(record).toContainText(/Charsetutf-8/i);
  await expect(record.locator('dd.hash')).toHaveCount(4);
});

function pagesUrlPattern(path: string): RegExp {
  return new RegExp(`URLhttp://127\\.0\\.0\\.1:\\d+${path.replace(/\//g, '\\/')}`);
}

test('keyboard only: Ctrl+N, a web address, Enter, and the clip opens', async ({ page, app }) => {
  pages = await startPageServer(newsRoutes());
  await openDesk(page, app);
  await page.keyboard.press('Control+n');
  const dialog = clipDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Web address' })).toBeFocused();
  expect(await seriousA11yViolations(page), 'Clip dialog').toEqual([]);
  await page.keyboard.type(pages.url(NEWS_PATH));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await expect(page.getByRole('main').getByRole('heading', { name: NEWS_TITLE, level: 2 })).toBeVisible();
  await expect(page.getByRole('option', { name: new RegExp(NEWS_TITLE) })).toBeVisible();
});

test('the tabs follow the arrow keys, and Paste text opens the Paste tab', async ({ page, app }) => {
  await openDesk(page, app);
  await page.getByRole('banner').getByRole('button', { name: 'Paste text' }).click();
  const dialog = clipDialog(page);
  await expect(dialog.getByRole('tab', { name: 'Paste' })).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.getByRole('textbox', { name: 'Pasted article' })).toBeFocused();
  await dialog.getByRole('tab', { name: 'Paste' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('tab', { name: 'Web address' })).toBeFocused();
  await expect(dialog.getByRole('tabpanel', { name: 'Web address' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('tab', { name: 'File' })).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.getByRole('tabpanel', { name: 'File' })).toBeVisible();
  await expect(dialog.getByRole('tabpanel', { name: 'Web address' })).toBeHidden();
  await page.keyboard.press('End');
  await expect(dialog.getByRole('tab', { name: 'Paste' })).toBeFocused();
});

test('a 404 is reported with its status, the address is kept, and nothing is added', async ({ page, app }) => {
  pages = await startPageServer({ '/gone': { status: 404, headers: { 'Content-Type': 'text/html' }, body: '<h1>Not here</h1>' } });
  await openDesk(page, app);
  await page.keyboard.press('Control+n');
  const dialog = clipDialog(page);
  const field = dialog.getByRole('textbox', { name: 'Web address' });
  await field.fill(pages.url('/gone'));
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('404');
  await expect(field).toHaveValue(pages.url('/gone'));
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(await clipCount(page)).toBe(0);
  expect(storedFiles(app.notebookDir)).toEqual([]);
});

test('cancel during a stalled fetch leaves nothing behind', async ({ page, app }) => {
  pages = await startPageServer({ '/stall': { stall: 'headers', headers: { 'Content-Type': 'text/html' } } });
  await openDesk(page, app);
  await page.keyboard.press('Control+n');
  const dialog = clipDialog(page);
  await dialog.getByRole('textbox', { name: 'Web address' }).fill(pages.url('/stall'));
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  await expect(dialog.locator('.clip-progress-label')).toHaveText(/Fetching|Starting/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Cancelled' })).toHaveText('Cancelled. Nothing was saved.');
  await expect(dialog.getByRole('progressbar')).toBeHidden();
  expect(await clipCount(page)).toBe(0);
  expect(storedFiles(app.notebookDir)).toEqual([]);
});

test('clipping the same page again opens the existing clip, and can keep a new version beside it', async ({ page, app }) => {
  pages = await startPageServer(newsRoutes());
  await openDesk(page, app);
  await callApi(page, 'clipUrl', { url: pages.url(NEWS_PATH) });
  await page.reload();
  await page.keyboard.press('Control+n');
  const dialog = clipDialog(page);
  await dialog.getByRole('textbox', { name: 'Web address' }).fill(pages.url(NEWS_PATH));
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status').filter({ hasText: 'Already in your notebook' })).toContainText('Already in your notebook — opened it');
  expect(await clipCount(page)).toBe(1);

  await dialog.getByRole('button', { name: 'Clip as a new version' }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  expect(await clipCount(page)).toBe(2);
  const reader = page.getByRole('main');
  await reader.getByText('Capture record').click();
  await reader.getByRole('button', { name: 'Earlier version' }).click();
  await expect(reader.getByRole('heading', { name: NEWS_TITLE, level: 2 })).toBeVisible();
  await reader.getByText('Capture record').click();
  await expect(reader.getByRole('button', { name: 'Earlier version' })).toHaveCount(0);
});
