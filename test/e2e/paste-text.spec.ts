import type { Page } from '@playwright/test';
import { expect, openDesk, screenshot, test } from '../support/e2e-fixtures';

/** Presses Tab until the named button has focus, as a keyboard user would. */
async function tabTo(page: Page, name: string, maxPresses = 25): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

test('adds a text clip through the Clip dialog’s Paste tab with the keyboard only', async ({ page, app }) => {
  await openDesk(page, app);
  await tabTo(page, 'Paste text');
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'New clip' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('tab', { name: 'Paste' })).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.getByRole('textbox', { name: 'Pasted article' })).toBeFocused();
  await page.keyboard.type('The council said spending rose 4% this year.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The mayor disputed the figure on Tuesday.');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Title (optional)')).toBeFocused();
  await page.keyboard.type('Council budget statement');
  await screenshot(page, 'paste-dialog-light');

  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Clip', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('option', { name: /Council budget statement/ })).toBeVisible();
  const reader = page.getByRole('main');
  await expect(reader.getByRole('heading', { name: 'Council budget statement' })).toBeVisible();
  await expect(reader.locator('.reader-body p')).toHaveText([
    'The council said spending rose 4% this year.',
    'The mayor disputed the figure on Tuesday.',
  ]);
});

test('explains an empty paste instead of sending it, and Esc closes the dialog', async ({ page, app }) => {
  await openDesk(page, app);
  await page.getByRole('banner').getByRole('button', { name: 'Paste text' }).click();
  const dialog = page.getByRole('dialog', { name: 'New clip' });
  await dialog.getByRole('button', { name: 'Clip', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/nothing to clip/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Welcome to your notebook' })).toBeVisible();
});
