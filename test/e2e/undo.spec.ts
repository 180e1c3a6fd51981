import { addSampleArticle, callApi, expect, openDesk, test } from '../support/e2e-fixtures';

const RUSSIA = 'Russia has been using anti-personnel land mines';

test.beforeEach(async ({ page, app }) => {
  await openDesk(page, app);
  await addSampleArticle(page);
  const clips = await callApi<{ items: { id: string }[] }>(page, 'listClips', {});
  await callApi(page, 'addClaim', { clipId: clips.items[0]!.id, quote: RUSSIA });
  await callApi(page, 'addSource', { title: 'UN monitoring report', kind: 'document' });
  await page.reload();
});

const column = (page: import('@playwright/test').Page, name: string) =>
  page.getByRole('main', { name: 'Claims board' }).getByRole('region', { name, exact: true });

test('Ctrl+Z undoes a status change, and the timeline keeps both moves', async ({ page }) => {
  await page.keyboard.press('Alt+2');
  const card = column(page, 'Unverified').getByRole('button', { name: new RegExp(RUSSIA) });
  await card.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(column(page, 'In progress').getByRole('button', { name: new RegExp(RUSSIA) })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Marked in progress' })).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(column(page, 'Unverified').locator('.board-card', { hasText: RUSSIA })).toBeVisible();
  await expect(column(page, 'In progress').locator('.board-card')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Undone: marked in progress.' })).toBeVisible();

  await column(page, 'Unverified').getByRole('button', { name: new RegExp(RUSSIA) }).click();
  const detail = page.getByRole('region', { name: 'Selected claim' });
  await expect(detail.getByText('In progress → Unverified')).toBeVisible();
  await expect(detail.getByText(/^Undo: back to unverified/)).toBeVisible();

  // Nothing left: says so rather than doing something else.
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing to undo.' })).toBeVisible();
});

test('Ctrl+Z in a text field is the field’s own undo, not the notebook’s', async ({ page }) => {
  await page.keyboard.press('Alt+2');
  await column(page, 'Unverified').getByRole('button', { name: 'Move to…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move claim' });
  await dialog.getByLabel('Move to').selectOption('in_progress');
  await dialog.getByRole('button', { name: 'Move to In progress' }).click();
  await expect(column(page, 'In progress').locator('.board-card')).toHaveCount(1);

  await column(page, 'In progress').getByRole('button', { name: new RegExp(RUSSIA) }).click();
  const rationale = page.getByRole('region', { name: 'Selected claim' }).getByLabel(/^Rationale/);
  await rationale.fill('typing');
  await rationale.press('Control+z');
  await expect(column(page, 'In progress').locator('.board-card')).toHaveCount(1);
});

test('the toast’s Undo takes back a link, and Ctrl+Z a delete', async ({ page }) => {
  await page.keyboard.press('Alt+2');
  await column(page, 'Unverified').getByRole('button', { name: new RegExp(RUSSIA) }).click();
  const detail = page.getByRole('region', { name: 'Selected claim' });
  await detail.getByRole('button', { name: 'Link a source' }).click();
  const link = page.getByRole('dialog', { name: 'Link a source' });
  await link.getByLabel('Which source').selectOption({ label: 'UN monitoring report (Document)' });
  await link.getByLabel(/^Context/).check();
  await link.getByRole('button', { name: 'Link source' }).click();
  await expect(detail.getByRole('region', { name: 'Gives context' })).toContainText('UN monitoring report');

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(detail.getByText('No sources linked yet.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Undone: linked “UN monitoring report”.' })).toBeVisible();

  await detail.getByRole('button', { name: 'Delete claim' }).click();
  await expect(column(page, 'Unverified').locator('.board-card')).toHaveCount(0);
  await page.getByRole('main', { name: 'Claims board' }).focus();
  await page.keyboard.press('Control+z');
  await expect(column(page, 'Unverified').locator('.board-card', { hasText: RUSSIA })).toBeVisible();
});
