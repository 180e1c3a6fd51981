import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAppServer } from '../support/e2e-server';
import { addSampleArticle, expect, openDesk, screenshot, test } from '../support/e2e-fixtures';

test('tells the reporter when notebook.json was damaged and restored from a backup', async ({ page, app }) => {
  await openDesk(page, app);
  await addSampleArticle(page);
  await app.stop();

  writeFileSync(join(app.notebookDir, 'notebook.json'), '{"schemaVersion": 1, "clips": {', 'utf8');
  const reopened = await startAppServer(app.notebookDir);
  try {
    await openDesk(page, reopened);
    const banner = page.getByRole('status').filter({ hasText: 'notebook.json could not be read' });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('restored');
    await screenshot(page, 'notice-light');
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toHaveCount(0);
  } finally {
    await reopened.stop();
  }
});
