import { expect, openDesk, test } from '../support/e2e-fixtures';

test('a call to a server that stopped shows a readable, dismissible alert instead of a white screen', async ({ page, app }) => {
  await openDesk(page, app);
  await app.stop();
  await page.getByRole('button', { name: 'Add the sample article' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The notebook server is not answering' });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome to your notebook' })).toBeVisible();
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
});
