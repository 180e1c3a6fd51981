import { addSampleArticle, expect, openDesk, screenshot, test } from '../support/e2e-fixtures';

test.describe('the desk on a new notebook', () => {
  test('offers the sample article, lists it in the library and reads it with paragraphs intact', async ({ page, app }) => {
    // Anything the page logs as an error (a CSP refusal, a failed load, an uncaught exception) fails the test.
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await openDesk(page, app);
    await expect(page.getByRole('heading', { name: 'Welcome to your notebook' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Library' }).getByText('No clips yet.')).toBeVisible();
    await screenshot(page, 'empty-light');

    await addSampleArticle(page);

    const library = page.getByRole('listbox', { name: 'Clips' });
    const option = library.getByRole('option', { name: /US to give Ukraine anti-personnel land mines/ });
    await expect(option).toBeVisible();
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(option).toContainText('no claims');

    const reader = page.getByRole('main');
    const paragraphs = reader.locator('.reader-body p');
    expect(await paragraphs.count()).toBeGreaterThanOrEqual(5);
    await expect(reader.getByText('122 countries signed the Ottawa Convention', { exact: false })).toBeVisible();
    await expect(reader.getByText(/closed its embassy in Kiev/)).toBeVisible();
    // Paragraphs stay apart: the first and last paragraphs are separate elements, not one run of text.
    await expect(paragraphs.first()).toHaveText(/^US President Joe Biden has agreed/);
    await expect(paragraphs.last()).toHaveText(/^Note that on December 3-4, 1997, 122 countries/);

    const claims = page.getByRole('complementary', { name: 'Claims' });
    await expect(claims.getByText('No claims marked in this clip yet.')).toBeVisible();

    await reader.getByText('Capture record').click();
    await expect(reader.getByText('Sample article', { exact: true })).toBeVisible();
    await expect(reader.locator('.capture-record dd.hash').first()).toHaveText(/^[0-9a-f]{64}$/);

    await screenshot(page, 'sample-light');
    expect(problems).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'sample-dark');
  });

  test('keeps the clip after a reload: the library is read back from the notebook', async ({ page, app }) => {
    await openDesk(page, app);
    await addSampleArticle(page);
    await page.reload();
    await expect(page.getByRole('option', { name: /US to give Ukraine/ })).toBeVisible();
    await expect(page.getByRole('main').getByRole('heading', { name: /US to give Ukraine/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Welcome to your notebook' })).toHaveCount(0);
  });
});
