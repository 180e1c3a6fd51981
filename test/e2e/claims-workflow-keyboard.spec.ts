import type { Locator, Page } from '@playwright/test';
import { expect, openDesk, test } from '../support/e2e-fixtures';

const OTTAWA = '122 countries signed the Ottawa Convention';

/** Presses Tab (never the mouse) until `target` has focus, as a keyboard user moves through the desk. */
async function tabTo(page: Page, target: Locator, max = 120) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/**
 * The path again, with the keyboard alone: every step is Tab, Enter, Space, arrows, typing and
 * the desk's shortcuts. The exact words are selected the keyboard way the reader offers: Find in clip
 * (Ctrl+F), whose current match is marked with Ctrl+Enter.
 */
test('the same path using only the keyboard: mark, link a supporting source, verify, see the board', async ({ page, app }) => {
  await openDesk(page, app);
  await tabTo(page, page.getByRole('button', { name: 'Add the sample article' }));
  await page.keyboard.press('Enter');
  const reader = page.getByRole('main', { name: 'Reader' });
  await expect(reader.getByRole('heading', { name: 'US to give Ukraine anti-personnel land mines' })).toBeVisible();

  // 2. Select exactly the Ottawa phrase with Find in clip (Ctrl+F), and mark that match with Ctrl+Enter.
  const panel = page.getByRole('complementary', { name: 'Claims' });
  await page.keyboard.press('Control+f');
  const find = page.getByRole('search', { name: 'Find in clip' });
  await expect(find.getByLabel('Find in clip')).toBeFocused();
  await page.keyboard.type(OTTAWA);
  await expect(find.getByRole('status')).toHaveText('1 of 1');
  await expect(reader.locator('mark.find-current')).toHaveText(OTTAWA);
  await page.keyboard.press('Control+Enter');
  await expect(reader.locator('mark.hl-unverified', { hasText: OTTAWA })).toBeVisible();
  expect(await reader.locator('mark.hl').allTextContents()).toEqual([OTTAWA]);
  // Esc closes the bar; focus had nowhere to go back to (the sample button is gone), so it lands on the reader.
  await page.keyboard.press('Escape');
  await expect(find).toHaveCount(0);
  await expect(reader).toBeFocused();
  const item = panel.getByRole('button', { name: new RegExp(OTTAWA) }).last();
  if ((await item.getAttribute('aria-pressed')) !== 'true') {
    await tabTo(page, item);
    await page.keyboard.press('Enter');
  }
  const detail = page.getByRole('region', { name: 'Selected claim' });
  await expect(detail).toContainText(OTTAWA);

  // 3. Link a new web source as supporting.
  await tabTo(page, detail.getByRole('button', { name: 'Link a source' }));
  await page.keyboard.press('Enter');
  const link = page.getByRole('dialog', { name: 'Link a source' });
  await expect(link.getByLabel('Title of the new source')).toBeFocused();
  await page.keyboard.type('Ottawa Convention: States Parties');
  await tabTo(page, link.getByLabel('Web address (optional)'));
  await page.keyboard.type('https://treaties.example.org/ottawa/parties');
  await tabTo(page, link.getByLabel(/^Supports/));
  await expect(link.getByLabel(/^Supports/)).toBeChecked();
  await tabTo(page, link.getByLabel('Quote from the source (optional)'));
  await page.keyboard.type('122 States signed the Convention in Ottawa.');
  await tabTo(page, link.getByRole('button', { name: 'Link source' }));
  await page.keyboard.press('Enter');
  await expect(link).toBeHidden();
  await expect(detail.getByRole('region', { name: 'Supports the claim' })).toContainText('Ottawa Convention: States Parties');

  // 4. Mark it verified with a rationale: the select moves with the arrow keys.
  const status = detail.getByLabel('New status');
  await tabTo(page, status);
  await expect(status).toHaveValue('in_progress');
  await page.keyboard.press('ArrowDown');
  await expect(status).toHaveValue('verified');
  await tabTo(page, detail.getByLabel(/^Rationale/));
  await page.keyboard.type('The treaty depositary lists 122 signatories.');
  await tabTo(page, detail.getByRole('button', { name: 'Change status' }));
  await page.keyboard.press('Enter');
  await expect(detail.getByText('Status:').getByText('Verified')).toBeVisible();

  // 5. The highlight is verified, and Alt+2 shows the card in the Verified column.
  await expect(reader.locator('mark.hl-verified', { hasText: OTTAWA })).toBeVisible();
  await page.keyboard.press('Alt+2');
  const board = page.getByRole('main', { name: 'Claims board' });
  await expect(board).toBeFocused();
  await expect(board.getByRole('region', { name: 'Verified', exact: true }).locator('.board-card', { hasText: OTTAWA })).toBeVisible();

  // 6. Reload: all of it is still there.
  await page.reload();
  await expect(page.getByRole('main', { name: 'Reader' }).locator('mark.hl-verified', { hasText: OTTAWA })).toBeVisible();
  await page.keyboard.press('Alt+2');
  const card = page.getByRole('region', { name: 'Verified', exact: true }).getByRole('button', { name: new RegExp(OTTAWA) });
  await tabTo(page, card);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Selected claim' }).getByText('The treaty depositary lists 122 signatories.')).toBeVisible();
});
