import { callApi, expect, openDesk, test } from '../support/e2e-fixtures';

test('j/k and the arrow keys move through the library; ? lists the shortcuts', async ({ page, app }) => {
  await openDesk(page, app);
  for (const title of ['First clip', 'Second clip', 'Third clip']) {
    await callApi(page, 'addTextClip', { title, text: `${title} body text.` });
  }
  await page.reload();
  const reader = page.getByRole('main');
  // Newest first, and the newest is open.
  await expect(reader.getByRole('heading', { name: 'Third clip' })).toBeVisible();

  await page.keyboard.press('j');
  await expect(reader.getByRole('heading', { name: 'Second clip' })).toBeVisible();
  await page.keyboard.press('j');
  await expect(reader.getByRole('heading', { name: 'First clip' })).toBeVisible();
  await page.keyboard.press('k');
  await expect(reader.getByRole('heading', { name: 'Second clip' })).toBeVisible();

  const library = page.getByRole('listbox', { name: 'Clips' });
  await library.focus();
  await page.keyboard.press('ArrowUp');
  await expect(reader.getByRole('heading', { name: 'Third clip' })).toBeVisible();
  await page.keyboard.press('End');
  await expect(reader.getByRole('heading', { name: 'First clip' })).toBeVisible();
  await expect(library.getByRole('option', { name: /First clip/ })).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('cell', { name: /Next clip in the library/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(library).toBeFocused();

  // Ctrl+K is reserved for search: it must not disturb the desk.
  await page.keyboard.press('Control+k');
  await expect(reader.getByRole('heading', { name: 'First clip' })).toBeVisible();
});

test('single-letter shortcuts stay out of the way while typing', async ({ page, app }) => {
  await openDesk(page, app);
  await page.getByRole('banner').getByRole('button', { name: 'Paste text' }).click();
  await page.keyboard.type('jk?');
  await expect(page.getByRole('dialog', { name: 'New clip' }).getByRole('textbox', { name: 'Pasted article' })).toHaveValue('jk?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
});
