import type { Page } from '@playwright/test';
import { callApi, expect, openDesk, test } from '../support/e2e-fixtures';

function clipDialog(page: Page) {
  return page.getByRole('dialog', { name: 'New clip' });
}

test('a file dropped on the window is clipped at once and opens in the reader', async ({ page, app }) => {
  await openDesk(page, app);
  const drop = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Harbour minutes\n\nThe harbour board met on Monday and approved the new ferry timetable.'], 'harbour-minutes.txt', { type: 'text/plain' }));
    return data;
  });
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: drop });
  await expect(page.getByText('Drop the file to clip it')).toBeVisible();
  await page.dispatchEvent('main', 'dragover', { dataTransfer: drop });
  await page.dispatchEvent('main', 'drop', { dataTransfer: drop });
  await expect(page.getByText('Drop the file to clip it')).toBeHidden();
  const reader = page.getByRole('main');
  await expect(reader.getByRole('heading', { name: 'Harbour minutes', level: 2 })).toBeVisible({ timeout: 20_000 });
  await expect(clipDialog(page)).toBeHidden();
  await expect(reader.locator('.reader-body p').last()).toHaveText('The harbour board met on Monday and approved the new ferry timetable.');
});

test('the File tab refuses a type it cannot read before sending anything', async ({ page, app }) => {
  await openDesk(page, app);
  await page.keyboard.press('Control+n');
  const dialog = clipDialog(page);
  await dialog.getByRole('tab', { name: 'File' }).click();
  await dialog.getByLabel('Document').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff]) });
  await expect(dialog.getByRole('alert')).toContainText('"photo.jpg" is not a file the notebook can clip');
  await dialog.getByLabel('Document').setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Ferry fares\n\nFares rise 5% in June, the operator said.') });
  await dialog.getByRole('button', { name: 'Clip', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  expect((await callApi<{ total: number }>(page, 'listClips', {})).total).toBe(1);
});

test('pasting from a web page keeps its formatting; links ask before opening in the browser', async ({ page, app }) => {
  await openDesk(page, app);
  await page.getByRole('banner').getByRole('button', { name: 'Paste text' }).click();
  const dialog = clipDialog(page);
  const box = dialog.getByRole('textbox', { name: 'Pasted article' });
  await expect(box).toBeFocused();
  // What a browser's clipboard holds after copying part of a page: HTML and its plain text.
  const plain = 'Ferry fares rise\n\nFares rise 5% in June, the operator said in a statement.';
  await box.evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/html', '<h2>Ferry fares rise</h2><p>Fares rise <strong>5%</strong> in June, the operator said in a <a href="https://example.org/statement">statement</a>.</p>');
    data.setData('text/plain', 'Ferry fares rise\n\nFares rise 5% in June, the operator said in a statement.');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await box.fill(plain); // the text the browser's own paste would have put in the box
  await expect(dialog.getByText('Formatting kept')).toBeVisible();
  await dialog.getByLabel('Title (optional)').fill('Ferry fares');
  await dialog.getByRole('button', { name: 'Clip', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });

  const reader = page.getByRole('main');
  await expect(reader.getByRole('heading', { name: 'Ferry fares', level: 2 })).toBeVisible();
  await reader.getByRole('group', { name: 'Show the clip as' }).getByRole('button', { name: 'Article' }).click();
  const article = reader.getByRole('region', { name: 'Article' });
  await expect(article.getByRole('heading', { name: 'Ferry fares rise' })).toBeVisible();
  await expect(article.locator('strong')).toHaveText('5%');

  // Browser mode cannot reach the system browser, so an agreed link opens in a new tab, cut off from the app.
  await page.evaluate(() => {
    (window as unknown as { __opened: unknown[] }).__opened = [];
    window.open = (...args: unknown[]) => {
      (window as unknown as { __opened: unknown[] }).__opened.push(args);
      return null;
    };
  });
  const before = page.url();
  await article.getByRole('link', { name: 'statement' }).click();
  const confirm = page.getByRole('dialog', { name: 'Open this link in your browser?' });
  await expect(confirm).toContainText('https://example.org/statement');
  await confirm.getByRole('button', { name: 'Open in browser' }).click();
  await expect(confirm).toBeHidden();
  expect(await page.evaluate(() => (window as unknown as { __opened: unknown[] }).__opened)).toEqual([['https://example.org/statement', '_blank', 'noopener,noreferrer']]);
  expect(page.url()).toBe(before);
});
