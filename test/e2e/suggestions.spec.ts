import { addSampleArticle, expect, openDesk, screenshot, seriousA11yViolations, test } from '../support/e2e-fixtures';

test('suggests the Ottawa sentence with its reasons; Accept marks it, Dismiss hides another for good', async ({ page, app }) => {
  await openDesk(page, app);
  await addSampleArticle(page);
  const panel = page.getByRole('complementary', { name: 'Claims' });
  const toggle = panel.getByRole('button', { name: 'Suggest claims' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  const suggestions = panel.getByRole('region', { name: 'Suggested claims' });
  const ottawa = suggestions.getByRole('listitem').filter({ hasText: /122 countries signed the Ottawa Convention/ }).first();
  await expect(ottawa).toBeVisible();
  const reasons = ottawa.getByRole('list', { name: 'Why it is suggested' }).getByRole('listitem');
  expect(await reasons.count()).toBeGreaterThan(0);
  await expect(reasons.first()).not.toBeEmpty();

  // Pointing at a suggestion outlines its sentence in the reader.
  await ottawa.hover();
  await expect(page.getByRole('main').locator('mark.hl-suggestion')).toContainText('122 countries signed the Ottawa Convention');

  // Focused from the keyboard, it is also scrolled into view in the reader.
  await page.mouse.move(0, 0);
  await ottawa.getByRole('button', { name: 'Accept' }).focus();
  await expect(page.getByRole('main').locator('mark.hl-suggestion')).toBeInViewport();

  expect(await seriousA11yViolations(page), 'suggestions panel, light').toEqual([]);
  await screenshot(page, 'suggestions-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousA11yViolations(page), 'suggestions panel, dark').toEqual([]);
  await screenshot(page, 'suggestions-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await ottawa.getByRole('button', { name: 'Accept' }).click();
  await expect(suggestions.getByText(/122 countries signed the Ottawa Convention/)).toHaveCount(0);
  const reader = page.getByRole('main');
  await expect(reader.locator('mark.hl', { hasText: '122 countries signed the Ottawa Convention' })).toBeVisible();
  await expect(panel.getByRole('list').last().getByRole('button', { name: /Ottawa Convention/ })).toContainText('Unverified');

  // Dismiss another, with the keyboard: focus moves on to the suggestion that took its place.
  const other = suggestions.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Dismiss' }) }).first();
  const otherText = (await other.locator('.suggestion-text').textContent())!;
  await other.getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await expect(suggestions.getByText(otherText, { exact: true })).toHaveCount(0);
  await expect(suggestions.getByRole('button', { name: 'Accept' }).first()).toBeFocused();

  await page.reload();
  await panel.getByRole('button', { name: 'Suggest claims' }).click();
  await expect(suggestions.getByRole('listitem').first()).toBeVisible();
  await expect(suggestions.getByText(otherText, { exact: true })).toHaveCount(0);
  await expect(suggestions.getByText(/122 countries signed the Ottawa Convention/)).toHaveCount(0);
  await expect(reader.locator('mark.hl', { hasText: '122 countries signed the Ottawa Convention' })).toBeVisible();
});

test('a claim typed in without a clip is added from the claims panel', async ({ page, app }) => {
  await openDesk(page, app);
  await addSampleArticle(page);
  const panel = page.getByRole('complementary', { name: 'Claims' });
  await panel.getByRole('button', { name: 'New claim without a clip' }).click();
  const dialog = page.getByRole('dialog', { name: 'New claim without a clip' });
  await dialog.getByRole('button', { name: 'Add claim' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Type the claim first');
  await dialog.getByLabel('Claim', { exact: true }).fill('The ministry says 40% of the border is mined.');
  await dialog.getByLabel('Note (optional)').fill('Ministry spokesperson, phone, 3 May');
  expect(await seriousA11yViolations(page), 'new claim dialog').toEqual([]);
  await dialog.getByRole('button', { name: 'Add claim' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('status')).toContainText('Claim added');
  // The clip's panel lists the clip's claims only.
  await expect(panel.getByRole('button', { name: /40% of the border/ })).toHaveCount(0);
  const claims = await page.evaluate(async () => {
    const api = (window as unknown as { notebook: { listClaims: (i: unknown) => Promise<{ ok: boolean; value: { items: { text: string; clipId: string | null; note?: string }[] } }> } }).notebook;
    return (await api.listClaims({})).value.items;
  });
  expect(claims).toContainEqual(expect.objectContaining({ text: 'The ministry says 40% of the border is mined.', clipId: null, note: 'Ministry spokesperson, phone, 3 May' }));
});
