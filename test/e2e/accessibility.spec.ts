import { addSampleArticle, callApi, expect, openDesk, seriousA11yViolations, test } from '../support/e2e-fixtures';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the desk has no serious or critical axe violations (${colorScheme})`, async ({ page, app }) => {
    await page.emulateMedia({ colorScheme });
    await openDesk(page, app);
    expect(await seriousA11yViolations(page), 'empty notebook').toEqual([]);

    await addSampleArticle(page);
    const clips = await callApi<{ items: { id: string }[] }>(page, 'listClips', {});
    const clipId = clips.items[0]!.id;
    const claim = await callApi<{ id: string }>(page, 'addClaim', { clipId, quote: '122 countries signed the Ottawa Convention' });
    const source = await callApi<{ id: string }>(page, 'addSource', { title: 'Treaty depositary list', kind: 'record' });
    await callApi(page, 'addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'supports', quote: '122 signatories' });
    await callApi(page, 'setClaimStatus', { id: claim.id, status: 'verified', rationale: 'The depositary list confirms it.' });
    await callApi(page, 'addClaim', { clipId, quote: 'Russia has been using anti-personnel land mines' });
    await page.reload();
    await page.getByRole('complementary', { name: 'Claims' }).getByRole('button', { name: /122 countries/ }).click();
    await expect(page.getByRole('region', { name: 'Selected claim' })).toBeVisible();
    await page.getByRole('main').getByText('Capture record').click();
    expect(await seriousA11yViolations(page), 'a clip with claims, one selected').toEqual([]);

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    expect(await seriousA11yViolations(page), 'shortcuts dialog').toEqual([]);
  });
}

test('landmarks and headings let a screen reader move around the desk', async ({ page, app }) => {
  await openDesk(page, app);
  await addSampleArticle(page);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Claims' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Clips', 'Stories', 'US to give Ukraine anti-personnel land mines', 'Claims']);
});
