import { readFileSync } from 'node:fs';
import { addSampleArticle, callApi, expect, openDesk, screenshot, seriousA11yViolations, test } from '../support/e2e-fixtures';

const QUOTE = '122 countries signed the Ottawa Convention banning anti-personnel land mines';

/** The sample article with one claim verified against a source: enough for a ClaimReview. */
async function verifyOneClaim(page: import('@playwright/test').Page): Promise<void> {
  const clips = await callApi<{ items: { id: string }[] }>(page, 'listClips', {});
  const claim = await callApi<{ id: string }>(page, 'addClaim', { clipId: clips.items[0]!.id, quote: QUOTE });
  const treaty = await callApi<{ id: string }>(page, 'addSource', { kind: 'document', title: 'Mine Ban Convention', url: 'https://treaties.un.org/' });
  await callApi(page, 'addEvidence', { claimId: claim.id, sourceId: treaty.id, stance: 'supports' });
  await callApi(page, 'setClaimStatus', { id: claim.id, status: 'verified', rationale: 'Article 15 opened the Convention for signature in Ottawa.' });
}

test('a reporter sets the organization from the Export brief dialog, and the ClaimReview names it', async ({ page, app }) => {
  test.setTimeout(90_000);
  await openDesk(page, app);
  await addSampleArticle(page);
  await verifyOneClaim(page);
  await page.reload();
  await expect(page.getByRole('main').getByRole('heading', { name: 'US to give Ukraine anti-personnel land mines' })).toBeVisible();

  // ClaimReview chosen with no organization set: said before export, with the way to fix it.
  await page.keyboard.press('Control+e');
  const exportDialog = page.getByRole('dialog', { name: 'Export brief' });
  await exportDialog.getByLabel('Format').selectOption('claimreview');
  await expect(exportDialog.getByText('ClaimReview JSON-LD needs your organization’s URL')).toBeVisible();
  await exportDialog.getByRole('button', { name: 'Set your organization' }).click();

  // Settings opens over the export, focus in its first field.
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings).toBeVisible();
  await expect(settings.getByLabel('Organization name')).toBeFocused();
  await page.keyboard.type('Gazette Fact Desk');
  await page.keyboard.press('Tab');
  await expect(settings.getByLabel('Organization URL')).toBeFocused();
  await page.keyboard.type('gazette.example/checks');
  await page.keyboard.press('Enter');
  // The contract's own message, tied to the field.
  await expect(settings.getByRole('alert')).toHaveText('Please check the input: organizationUrl must be a full web address starting with http:// or https://.');
  await expect(settings.getByLabel('Organization URL')).toHaveAttribute('aria-invalid', 'true');
  expect(await seriousA11yViolations(page), 'settings dialog with an error').toEqual([]);
  await screenshot(page, 'settings-url-refused');

  await settings.getByLabel('Organization URL').fill('https://gazette.example/checks');
  await settings.getByLabel('Reporter name').fill('Ana Ruiz');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByRole('status')).toHaveText(
    'Saved. ClaimReview exports now name Gazette Fact Desk (https://gazette.example/checks) as their author and url.',
  );
  await expect(settings.getByRole('alert')).toHaveCount(0);
  expect(await seriousA11yViolations(page), 'settings dialog saved').toEqual([]);
  await screenshot(page, 'settings-saved');

  // Esc closes Settings only: the export is where the reporter left it, focus back on its button.
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();
  await expect(exportDialog).toBeVisible();
  await expect(exportDialog.getByLabel('Format')).toHaveValue('claimreview');
  await expect(exportDialog.getByText('ClaimReview author: Gazette Fact Desk; url: https://gazette.example/checks')).toBeVisible();
  await expect(exportDialog.getByRole('button', { name: 'Change organization' })).toBeFocused();
  await screenshot(page, 'settings-export-claimreview');

  const download = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export ClaimReview JSON-LD' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.claimreview\.jsonld$/);
  const doc = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { '@graph': Array<{ url: string; author: unknown; claimReviewed: string }> };
  expect(doc['@graph']).toHaveLength(1);
  const [review] = doc['@graph'];
  expect(review!.claimReviewed).toBe(QUOTE);
  expect(review!.author).toEqual({ '@type': 'Organization', name: 'Gazette Fact Desk', url: 'https://gazette.example/checks' });
  expect(review!.url).toMatch(/^https:\/\/gazette\.example\/checks#claim-[0-9A-Z]{26}$/);
  await expect(exportDialog.getByText(`Downloaded “${file.suggestedFilename()}”`)).toBeVisible();
  await expect(exportDialog.getByText(/^Warning:/)).toHaveCount(0);
});

test('Settings opens from the top bar by keyboard, keeps what was saved, and clears a field left empty', async ({ page, app }) => {
  await openDesk(page, app);
  await callApi(page, 'updateSettings', { organizationName: 'Gazette Fact Desk', organizationUrl: 'https://gazette.example/', reporterName: 'Ana Ruiz' });
  await screenshot(page, 'settings-topbar');

  const button = page.getByRole('banner').getByRole('button', { name: 'Settings' });
  await button.focus();
  await page.keyboard.press('Enter');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings.getByLabel('Organization name')).toHaveValue('Gazette Fact Desk');
  await expect(settings.getByLabel('Organization URL')).toHaveValue('https://gazette.example/');
  await expect(settings.getByLabel('Reporter name')).toHaveValue('Ana Ruiz');

  await settings.getByLabel('Organization URL').fill('');
  await settings.getByLabel('Organization URL').press('Enter');
  await expect(settings.getByRole('status')).toContainText('ClaimReview exports still have no url');
  expect(await callApi(page, 'getSettings', {})).toEqual({ organizationName: 'Gazette Fact Desk', reporterName: 'Ana Ruiz' });

  await settings.getByRole('button', { name: 'Done' }).click();
  await expect(settings).toBeHidden();
  await expect(button).toBeFocused();
});
