import { addSampleArticle, callApi, expect, openDesk, screenshot, seriousA11yViolations, test } from '../support/e2e-fixtures';

const QUOTE = '122 countries signed the Ottawa Convention banning anti-personnel land mines';

test('Export brief opens on the story being filtered by, or on the claim selected in the claims panel', async ({ page, app }) => {
  await openDesk(page, app);
  await addSampleArticle(page);
  const clips = await callApi<{ items: { id: string }[] }>(page, 'listClips', {});
  const claim = await callApi<{ id: string }>(page, 'addClaim', { clipId: clips.items[0]!.id, quote: QUOTE });
  await callApi(page, 'setClaimStatus', { id: claim.id, status: 'unverifiable', rationale: 'No signatory list could be found offline.' });
  const story = await callApi<{ id: string }>(page, 'addStory', { title: 'Landmines for Ukraine' });
  await callApi(page, 'assignToStory', { storyId: story.id, clipIds: [clips.items[0]!.id] });
  await page.reload();

  // A story: shown only for the story the library is filtered by, so the list stays quiet.
  await expect(page.getByRole('button', { name: 'Export brief of “Landmines for Ukraine”' })).toHaveCount(0);
  await page.getByRole('button', { name: /^Landmines for Ukraine/ }).click();
  await screenshot(page, 'brief-export-from-story');
  await page.getByRole('button', { name: 'Export brief of “Landmines for Ukraine”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export brief' });
  await expect(dialog.getByRole('radio', { name: 'A story' })).toBeChecked();
  await expect(dialog.getByLabel('Story', { exact: true })).toHaveValue(story.id);
  await expect(dialog.getByRole('heading', { name: /Preview — 1 with a verdict/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: /^Landmines for Ukraine/ }).click();

  // The selected claim, from the keyboard: the dialog starts on that one claim, ticked.
  await page.getByRole('complementary').getByRole('button', { name: new RegExp(QUOTE) }).click();
  const exportClaim = page.getByRole('button', { name: 'Export brief of the selected claim' });
  await expect(exportClaim).toBeVisible();
  expect(await seriousA11yViolations(page), 'claims panel with Export brief').toEqual([]);
  await screenshot(page, 'brief-export-from-claim');
  await exportClaim.focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('radio', { name: 'Claims I choose (1 ticked)' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: new RegExp(QUOTE) })).toBeChecked();
  await expect(dialog.getByRole('heading', { name: /Preview — 1 with a verdict/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(exportClaim).toBeFocused();

  // From the top bar it starts on the open clip again, not on the last claim asked for.
  await page.getByRole('banner').getByRole('button', { name: 'Export brief' }).click();
  await expect(dialog.getByRole('radio', { name: /Open clip:/ })).toBeChecked();
});
