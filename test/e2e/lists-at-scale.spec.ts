import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, openDesk, screenshot, seriousA11yViolations, test } from '../support/e2e-fixtures';
import { startAppServer, type AppServer } from '../support/e2e-server';
import { buildScaleNotebook, claimText, inProgressText, SCALE_DEFAULTS as N, sourceTitle, trashedText } from '../support/scale-notebook';

/** Most rows a virtualised list may hold in the DOM, whatever its length. */
const MAX_ROWS = 100;

/** Every request to an API method, with its input, from now on. */
function recordRequests(page: Page, method: string): Array<{ offset?: number; limit?: number }> {
  const inputs: Array<{ offset?: number; limit?: number }> = [];
  page.on('request', (request) => {
    if (request.url().endsWith(`/api/${method}`)) inputs.push(JSON.parse(request.postData() ?? '{}') as { offset?: number; limit?: number });
  });
  return inputs;
}

/** The rows in the DOM agree with their positions: row k of the list is the record expected there. */
async function expectRowsInPlace(list: Locator, expectedAt: (position: number) => string): Promise<number> {
  const rows = await list.locator(':scope > li').evaluateAll((items) =>
    items.map((li) => ({ position: Number(li.getAttribute('aria-posinset')), text: li.textContent ?? '' })),
  );
  const loaded = rows.filter((row) => !row.text.startsWith('Loading'));
  for (const row of loaded) expect(row.text).toContain(expectedAt(row.position));
  return rows.length;
}

test.describe(`lists at scale: ${N.sources} sources, ${N.unverified} claims in one column, ${N.trashedClaims} in the trash`, () => {
  let app: AppServer;
  test.beforeEach(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'notebook-scale-e2e-'));
    await buildScaleNotebook(dir);
    app = await startAppServer(dir);
  });
  test.afterEach(async () => {
    await app.dispose();
  });

  test('the sources list keeps a few dozen rows in the page, fetches only the pages in view, and is moved through from the keyboard', async ({ page }) => {
    await openDesk(page, app);
    const requests = recordRequests(page, 'listSources');
    await page.keyboard.press('Alt+3');
    const view = page.getByRole('main', { name: 'Sources' });
    await expect(view.getByText(String(N.sources), { exact: true })).toBeVisible();
    const list = view.getByRole('list', { name: 'Sources' });
    const newest = list.getByRole('button', { name: new RegExp(`^${sourceTitle(N.sources)}\\b`) });
    await expect(newest).toBeVisible();
    expect(await expectRowsInPlace(list, (k) => sourceTitle(N.sources + 1 - k))).toBeLessThan(MAX_ROWS);

    // One Tab stop: the first row; End goes to the oldest source, thousands of rows down.
    await newest.focus();
    await page.keyboard.press('End');
    const oldest = list.getByRole('button', { name: new RegExp(`^${sourceTitle(1)}\\b`) });
    await expect(oldest).toBeFocused();
    await expect(list.locator('li').filter({ has: page.getByRole('button', { name: new RegExp(`^${sourceTitle(1)}\\b`) }) })).toHaveAttribute('aria-posinset', String(N.sources));
    await page.keyboard.press('ArrowUp');
    await expect(list.getByRole('button', { name: new RegExp(`^${sourceTitle(2)}\\b`) })).toBeFocused();
    expect(await expectRowsInPlace(list, (k) => sourceTitle(N.sources + 1 - k))).toBeLessThan(MAX_ROWS);

    // Enter opens it in the right pane, and the list marks it as the one open.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: sourceTitle(2) })).toBeVisible();
    await expect(list.getByRole('button', { name: new RegExp(`^${sourceTitle(2)}\\b`) })).toHaveAttribute('aria-pressed', 'true');
    await screenshot(page, 'lists-at-scale-sources-end');

    // Scrolled to the middle with the mouse: the rows there are the right ones.
    await view.locator('.source-scroll').evaluate((el) => {
      el.scrollTop = el.scrollHeight / 2;
    });
    const middle = Math.round(N.sources / 2);
    await expect(list.getByRole('button', { name: new RegExp(`^${sourceTitle(N.sources + 1 - middle)}\\b`) })).toBeVisible();
    expect(await expectRowsInPlace(list, (k) => sourceTitle(N.sources + 1 - k))).toBeLessThan(MAX_ROWS);
    await screenshot(page, 'lists-at-scale-sources-middle');

    // A handful of 50-source pages was asked for, never the whole list.
    expect(requests.every((input) => (input.limit ?? 100) <= 100)).toBe(true);
    const sourcePages = requests.filter((input) => input.limit === 50).length;
    expect(sourcePages).toBeLessThan(15);
    console.log(`lists-at-scale: sources view made ${requests.length} listSources requests (limits ${[...new Set(requests.map((r) => r.limit))].join(', ')})`);

    expect(await seriousA11yViolations(page), 'sources view at scale').toEqual([]);
  });

  test('a source opened from search, thousands of rows down, is scrolled into view and selected', async ({ page }) => {
    await openDesk(page, app);
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Search the notebook' });
    const box = palette.getByRole('combobox', { name: 'Search for' });
    await palette.getByRole('button', { name: 'Filters' }).click();
    await palette.getByLabel('Look in').selectOption('source');
    await box.fill(`"${sourceTitle(17)}"`);
    const result = palette.getByRole('option', { name: new RegExp(`^${sourceTitle(17)}\\b`) });
    await result.click();
    await expect(palette).toBeHidden();
    const list = page.getByRole('list', { name: 'Sources' });
    // Source 17 is row 4,984 of 5,000 (newest first): far past anything fetched when the view opened.
    const row = list.getByRole('button', { name: new RegExp(`^${sourceTitle(17)}\\b`) });
    await expect(row).toBeInViewport();
    await expect(row).toHaveAttribute('aria-pressed', 'true');
    expect(await expectRowsInPlace(list, (k) => sourceTitle(N.sources + 1 - k))).toBeLessThan(MAX_ROWS);
    await screenshot(page, 'lists-at-scale-source-from-search');
  });

  test('a board column of thousands renders only the cards in view; keyboard moves, drag and “Move to…” still work', async ({ page }) => {
    await openDesk(page, app);
    const requests = recordRequests(page, 'listClaims');
    await page.keyboard.press('Alt+2');
    const board = page.getByRole('main', { name: 'Claims board' });
    const unverified = board.getByRole('region', { name: 'Unverified', exact: true });
    const inProgress = board.getByRole('region', { name: 'In progress', exact: true });
    const unverifiedCards = unverified.getByRole('list');
    await expect(unverified.getByLabel(`${N.unverified} claims`)).toBeVisible();
    await expect(unverified.locator('.board-card').first()).toContainText(claimText(1));
    expect(await expectRowsInPlace(unverifiedCards, (k) => claimText(k))).toBeLessThan(MAX_ROWS);
    const cardButton = (column: Locator, words: string) => column.locator('.board-card', { hasText: words }).getByRole('button', { name: new RegExp(words) });

    // End on the column goes to its last card, rendered on demand.
    await cardButton(unverified, claimText(1)).focus();
    await page.keyboard.press('End');
    const last = cardButton(unverified, claimText(N.unverified));
    await expect(last).toBeFocused();
    await expect(unverified.locator('li', { hasText: claimText(N.unverified) })).toHaveAttribute('aria-posinset', String(N.unverified));
    await page.keyboard.press('PageUp');
    await expect(cardButton(unverified, claimText(N.unverified - 10))).toBeFocused();
    expect(await expectRowsInPlace(unverifiedCards, (k) => claimText(k))).toBeLessThan(MAX_ROWS);

    // Shift+Right moves the focused card to In progress, and focus follows it there.
    await page.keyboard.press('Shift+ArrowRight');
    const moved = cardButton(inProgress, claimText(N.unverified - 10));
    await expect(moved).toBeFocused();
    await expect(inProgress.getByLabel(`${N.inProgress + 1} claims`)).toBeVisible();
    await expect(unverified.getByLabel(`${N.unverified - 1} claims`)).toBeVisible();
    await screenshot(page, 'lists-at-scale-board-moved');

    // Drag a card from deep in the column (scrolled with the mouse) to In progress.
    await unverified.locator('.board-scroll').evaluate((el) => {
      el.scrollTop = el.scrollHeight / 2;
    });
    await expect(unverified.getByText('Loading…')).toHaveCount(0);
    // The virtualizer re-renders after the scroll lands; read a card only once the rows in the DOM are
    // those from the middle of the column, or the card read may be gone before it is dragged.
    const cardNumber = async () => Number(/\d+/.exec((await unverified.locator('.board-card-text').nth(2).textContent()) ?? '')?.[0] ?? NaN);
    await expect.poll(cardNumber, { timeout: 10_000 }).toBeLessThan((N.unverified * 3) / 4);
    await expect(unverified.getByText('Loading…')).toHaveCount(0);
    const words = ((await unverified.locator('.board-card-text').nth(2).textContent()) ?? '').trim();
    expect(words).toMatch(/^Claim number \d+ /);
    expect(Number(/\d+/.exec(words)![0])).toBeGreaterThan(N.unverified / 3);
    await unverified.locator('.board-card', { hasText: words }).dragTo(inProgress);
    await expect(inProgress.locator('.board-card', { hasText: words })).toBeVisible();
    await expect(inProgress.getByLabel(`${N.inProgress + 2} claims`)).toBeVisible();

    // "Move to…" on a card sends it to a verdict, with the rationale it asks for.
    await inProgress.locator('.board-card', { hasText: inProgressText(1) }).getByRole('button', { name: 'Move to…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move claim' });
    await dialog.getByLabel('Move to').selectOption('unverifiable');
    await dialog.getByLabel('Rationale').fill('The harbour authority keeps no record of it.');
    await dialog.getByRole('button', { name: 'Move to Unverifiable' }).click();
    await expect(cardButton(board.getByRole('region', { name: 'Unverifiable', exact: true }), inProgressText(1))).toBeFocused();

    // Each column asked for 25-card pages, never for thousands.
    expect(requests.every((input) => (input.limit ?? 100) <= 25)).toBe(true);
    console.log(`lists-at-scale: board made ${requests.length} listClaims requests of 25 cards`);
    // Six columns' first pages, the pages scrolled to, and the pages on screen again after each of three moves.
    expect(requests.length).toBeLessThan(80);
    expect(await board.locator('.board-card').count()).toBeLessThan(MAX_ROWS);
    await screenshot(page, 'lists-at-scale-board');
    expect(await seriousA11yViolations(page), 'board at scale').toEqual([]);
  });

  test('the trash sends a page at a time and shows more on request', async ({ page }) => {
    await openDesk(page, app);
    const requests = recordRequests(page, 'listTrash');
    await page.keyboard.press('Alt+4');
    const trash = page.getByRole('main', { name: 'Trash' });
    const claims = trash.getByRole('region', { name: /^Claims/ });
    await expect(claims.getByRole('heading')).toContainText(String(N.trashedClaims));
    await expect(claims.getByRole('listitem')).toHaveCount(50);
    // Newest deletion first.
    await expect(claims.getByRole('listitem').first()).toContainText(trashedText(N.trashedClaims));
    await claims.getByRole('button', { name: 'Show 50 more claims' }).click();
    await expect(claims.getByRole('listitem')).toHaveCount(100);
    await claims.getByRole('button', { name: `Show ${N.trashedClaims - 100} more claims` }).click();
    await expect(claims.getByRole('listitem')).toHaveCount(N.trashedClaims);
    await expect(claims.getByRole('button', { name: /more claims/ })).toHaveCount(0);
    await expect(trash.getByText('No deleted sources.')).toBeVisible();
    expect(requests.map((input) => input.limit)).toEqual([50, 50, 50, 50]);

    await claims.getByRole('button', { name: `Restore the claim “${trashedText(1)}”` }).click();
    await expect(trash.getByRole('status')).toHaveText('Claim restored.');
    await expect(claims.getByRole('heading')).toContainText(String(N.trashedClaims - 1));
    await screenshot(page, 'lists-at-scale-trash');
    expect(await seriousA11yViolations(page), 'trash at scale').toEqual([]);
  });
});
