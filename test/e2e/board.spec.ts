import type { Page } from '@playwright/test';
import { addSampleArticle, callApi, expect, openDesk, screenshot, seriousA11yViolations, test } from '../support/e2e-fixtures';

interface Record {
  id: string;
}

const OTTAWA = '122 countries signed the Ottawa Convention';
const EMBASSY = 'the US has closed its embassy in Kiev';
const RUSSIA = 'Russia has been using anti-personnel land mines';

/** Three claims in the sample article, one with a supporting source; and a story holding one of them. */
async function seed(page: Page) {
  await addSampleArticle(page);
  const clips = await callApi<{ items: Record[] }>(page, 'listClips', {});
  const clipId = clips.items[0]!.id;
  const ottawa = await callApi<Record>(page, 'addClaim', { clipId, quote: OTTAWA });
  const embassy = await callApi<Record>(page, 'addClaim', { clipId, quote: EMBASSY });
  await callApi<Record>(page, 'addClaim', { clipId, quote: RUSSIA });
  await callApi<Record>(page, 'addClaim', { text: 'The minister said 40% of the budget went to demining.' });
  const source = await callApi<Record>(page, 'addSource', { title: 'Embassy statement', kind: 'record' });
  await callApi(page, 'addEvidence', { claimId: embassy.id, sourceId: source.id, stance: 'supports' });
  const story = await callApi<Record>(page, 'addStory', { title: 'Ottawa treaty anniversary' });
  await callApi(page, 'assignToStory', { storyId: story.id, claimIds: [ottawa.id] });
  // Made through the API, as the CLI would: the page loads them afresh.
  await page.reload();
  return { clipId, ottawa, embassy, source };
}

const column = (page: Page, name: string) => page.getByRole('main', { name: 'Claims board' }).getByRole('region', { name, exact: true });
const card = (page: Page, name: string, words: string) => column(page, name).locator('.board-card', { hasText: words });

test('drag a card to move it; a verdict asks for a rationale; a blocked one says what is missing', async ({ page, app }) => {
  await openDesk(page, app);
  await seed(page);
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { name: 'Claims board' })).toBeVisible();
  await expect(column(page, 'Unverified').locator('.board-card')).toHaveCount(4);
  await expect(card(page, 'Unverified', 'demining')).toContainText('No clip');
  await expect(card(page, 'Unverified', EMBASSY)).toContainText('1 supporting');

  // A move that needs nothing more happens on drop.
  await card(page, 'Unverified', RUSSIA).dragTo(column(page, 'In progress'));
  await expect(card(page, 'In progress', RUSSIA)).toBeVisible();
  await expect(card(page, 'In progress', RUSSIA)).toContainText('In progress');
  await expect(page.getByRole('status').filter({ hasText: 'Marked in progress' })).toBeVisible();

  // Verified without a supporting source: explained, with a way to the claim, not just refused.
  await card(page, 'Unverified', OTTAWA).dragTo(column(page, 'Verified'));
  const dialog = page.getByRole('dialog', { name: 'Move claim' });
  await expect(dialog).toContainText('Add a supporting source to mark this verified');
  await dialog.getByLabel(/^Rationale/).fill('Checked it.');
  await dialog.getByRole('button', { name: 'Move to Verified' }).click();
  await expect(dialog.getByRole('alert')).toContainText('supporting');
  await dialog.getByRole('button', { name: 'Open the claim' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Claim' }).getByRole('region', { name: 'Selected claim' })).toContainText(OTTAWA);
  await expect(card(page, 'Unverified', OTTAWA)).toBeVisible();

  // With a supporting source, a drop on Verified asks for the rationale and then moves the card.
  await card(page, 'Unverified', EMBASSY).dragTo(column(page, 'Verified'));
  await expect(dialog).not.toContainText('Add a supporting source');
  await expect(dialog.getByLabel('Rationale')).toBeFocused();
  await dialog.getByLabel('Rationale').fill('The embassy’s own statement confirms the closure.');
  await dialog.getByRole('button', { name: 'Move to Verified' }).click();
  await expect(card(page, 'Verified', EMBASSY)).toBeVisible();
  await expect(card(page, 'Unverified', EMBASSY)).toHaveCount(0);
  await expect(dialog).toBeHidden();

  await screenshot(page, 'board-light');
  expect(await seriousA11yViolations(page), 'board, light').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'board-dark');
  expect(await seriousA11yViolations(page), 'board, dark').toEqual([]);

  await page.reload();
  await page.getByRole('button', { name: 'Claims board' }).click();
  await expect(card(page, 'Verified', EMBASSY)).toBeVisible();
  await expect(card(page, 'In progress', RUSSIA)).toBeVisible();
});

test('the keyboard moves a card: Shift+Arrow to the next column, and “Move to…” for any column', async ({ page, app }) => {
  await openDesk(page, app);
  await seed(page);
  await page.keyboard.press('Alt+2');
  const russia = card(page, 'Unverified', RUSSIA).getByRole('button', { name: new RegExp(RUSSIA) });
  await russia.focus();
  await page.keyboard.press('Shift+ArrowRight');
  const moved = card(page, 'In progress', RUSSIA).getByRole('button', { name: new RegExp(RUSSIA) });
  await expect(moved).toBeFocused();

  // Into a verdict: the dialog asks for the rationale, and focus comes back to the card in its new column.
  await page.keyboard.press('Shift+ArrowRight');
  const dialog = page.getByRole('dialog', { name: 'Move claim' });
  await expect(dialog).toContainText('Add a supporting source to mark this verified');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await card(page, 'In progress', RUSSIA).getByRole('button', { name: 'Move to…' }).click();
  await dialog.getByLabel('Move to').selectOption('misleading');
  await dialog.getByLabel('Rationale').fill('Russia denies it; the UN monitors report partial use only.');
  await dialog.getByRole('button', { name: 'Move to Misleading' }).click();
  await expect(card(page, 'Misleading', RUSSIA).getByRole('button', { name: new RegExp(RUSSIA) })).toBeFocused();
  await expect(card(page, 'Misleading', RUSSIA)).toContainText('Misleading');
});

test('filters the board by story, clip and source', async ({ page, app }) => {
  await openDesk(page, app);
  await seed(page);
  await page.getByRole('button', { name: 'Claims board' }).click();
  const cards = page.getByRole('main', { name: 'Claims board' }).locator('.board-card');
  await expect(cards).toHaveCount(4);

  const filters = page.getByRole('group', { name: 'Filter the board' });
  await filters.getByLabel('Story').selectOption({ label: 'Ottawa treaty anniversary' });
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText(OTTAWA);
  // The story filter is the library's too.
  await expect(page.getByRole('button', { name: /^Ottawa treaty anniversary/ })).toHaveAttribute('aria-pressed', 'true');

  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(cards).toHaveCount(4);
  await filters.getByLabel('Clip').selectOption({ label: 'US to give Ukraine anti-personnel land mines' });
  await expect(cards).toHaveCount(3);
  await filters.getByLabel('Clip').selectOption('');
  await filters.getByLabel('Source').selectOption({ label: 'Embassy statement' });
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText(EMBASSY);
});

test('the board renders its cards from the claim lists alone: no getClaim per card, still with clip and evidence', async ({ page, app }) => {
  await openDesk(page, app);
  const { embassy } = await seed(page);
  const source = await callApi<Record>(page, 'addSource', { title: 'Wire report', kind: 'web' });
  await callApi(page, 'addEvidence', { claimId: embassy.id, sourceId: source.id, stance: 'context' });
  // Twenty more typed claims, so a board that fetched per card would make dozens of requests.
  for (let i = 1; i <= 20; i++) await callApi(page, 'addClaim', { text: `Typed claim number ${i}` });
  await page.reload();

  const claimRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/getClaim')) claimRequests.push(request.postData() ?? '');
  });
  await page.getByRole('button', { name: 'Claims board' }).click();
  await expect(column(page, 'Unverified').getByLabel('24 claims')).toBeVisible();
  // The column is virtualised: the cards in view are in the page, never more than the column holds.
  const rendered = await column(page, 'Unverified').locator('.board-card').count();
  expect(rendered).toBeGreaterThanOrEqual(5);
  expect(rendered).toBeLessThanOrEqual(24);
  await expect(card(page, 'Unverified', EMBASSY)).toContainText('US to give Ukraine anti-personnel land mines');
  await expect(card(page, 'Unverified', EMBASSY)).toContainText('1 supporting · no contradicting · 1 context');
  const typed = column(page, 'Unverified').locator('.board-card', { hasText: /Typed claim number 1(?!\d)/ });
  await expect(typed).toContainText('No clip');
  await expect(typed).toContainText('no supporting · no contradicting · no context');
  await screenshot(page, 'board-counts-light');
  expect(claimRequests).toEqual([]);

  // The claim pane still fetches the one claim it shows.
  await card(page, 'Unverified', EMBASSY).getByRole('button', { name: new RegExp(EMBASSY) }).click();
  await expect(page.getByRole('complementary', { name: 'Claim' }).getByRole('region', { name: 'Selected claim' })).toContainText(EMBASSY);
  expect(new Set(claimRequests.map((body) => (JSON.parse(body) as { id: string }).id))).toEqual(new Set([embassy.id]));
});
