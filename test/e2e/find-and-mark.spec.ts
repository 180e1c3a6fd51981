import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addSampleArticle, callApi, expect, openDesk, screenshot, seriousA11yViolations, test } from '../support/e2e-fixtures';

const OTTAWA = '122 countries signed the Ottawa Convention';
const SAMPLE = readFileSync(join('test', 'fixtures', 'sample-article-landmines.txt'), 'utf8');

/** Code-point offsets of every case-insensitive occurrence of `words` in the sample, worked out here, apart from the app. */
function occurrences(words: string): { start: number; end: number }[] {
  const lower = SAMPLE.toLowerCase();
  const found: { start: number; end: number }[] = [];
  for (let at = lower.indexOf(words.toLowerCase()); at >= 0; at = lower.indexOf(words.toLowerCase(), at + words.length)) {
    const start = Array.from(SAMPLE.slice(0, at)).length;
    found.push({ start, end: start + Array.from(words).length });
  }
  return found;
}

/** Presses Tab (never the mouse) until `target` has focus. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function claimPositions(page: Page) {
  const claims = await callApi<{ items: { text: string; anchor?: { position: { start: number; end: number } } }[] }>(page, 'listClaims', {});
  return claims.items.map((c) => ({ text: c.text, start: c.anchor?.position.start, end: c.anchor?.position.end }));
}

const findBar = (page: Page) => page.getByRole('search', { name: 'Find in clip' });

test('keyboard only: Ctrl+F, type the phrase, Ctrl+Enter marks exactly it, and it persists', async ({ page, app }) => {
  await openDesk(page, app);
  await tabTo(page, page.getByRole('button', { name: 'Add the sample article' }));
  await page.keyboard.press('Enter');
  const reader = page.getByRole('main', { name: 'Reader' });
  await expect(reader.getByRole('heading', { name: 'US to give Ukraine anti-personnel land mines' })).toBeVisible();

  await page.keyboard.press('Control+f');
  const input = findBar(page).getByLabel('Find in clip');
  await expect(input).toBeFocused();
  await page.keyboard.type(OTTAWA);
  await expect(findBar(page).getByRole('status')).toHaveText('1 of 1');
  await expect(reader.locator('mark.find-current')).toHaveText(OTTAWA);
  await expect(reader.locator('mark.find-current')).toBeInViewport();

  await page.keyboard.press('Control+Enter');
  const [expected] = occurrences(OTTAWA);
  await expect(reader.locator('mark.hl-unverified')).toHaveText(OTTAWA);
  expect(await reader.locator('mark.hl').allTextContents()).toEqual([OTTAWA]);
  expect(await claimPositions(page)).toEqual([{ text: OTTAWA, ...expected }]);
  await expect(page.getByRole('region', { name: 'Selected claim' })).toContainText(OTTAWA);
  await expect(page.getByRole('complementary', { name: 'Claims' }).getByRole('button', { name: new RegExp(OTTAWA) })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Claim marked' })).toBeVisible();
  // The bar stays open with focus in it, ready for the next phrase.
  await expect(input).toBeFocused();

  await page.reload();
  await expect(page.getByRole('main').locator('mark.hl')).toHaveText([OTTAWA]);
  await expect(findBar(page)).toHaveCount(0);
});

test('a phrase found four times: moving to the second and marking marks the second', async ({ page, app }) => {
  await openDesk(page, app);
  await addSampleArticle(page);
  const reader = page.getByRole('main', { name: 'Reader' });
  const all = occurrences('the embassy');
  expect(all).toHaveLength(4);

  await page.keyboard.press('Control+f');
  await page.keyboard.type('the   embassy');
  const count = findBar(page).getByRole('status');
  await expect(count).toHaveText('1 of 4');
  await expect(reader.locator('mark.find-match')).toHaveCount(4);
  await expect(reader.locator('mark.find-current')).toHaveCount(1);

  // Enter, Shift+Enter and F3 move; moving wraps round at both ends.
  await page.keyboard.press('Shift+Enter');
  await expect(count).toHaveText('4 of 4');
  await page.keyboard.press('F3');
  await expect(count).toHaveText('1 of 4');
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('2 of 4');
  await expect(reader.locator('mark.find-match').nth(1)).toHaveClass(/find-current/);

  await page.keyboard.press('Control+Enter');
  await expect(reader.locator('mark.hl')).toHaveText(['the embassy']);
  expect(await claimPositions(page)).toEqual([{ text: 'the embassy', ...all[1] }]);
  // The highlight sits in "on the embassy's website", not in the first "closed the embassy on Wednesday".
  const after = await reader.locator('mark.hl').evaluate((mark) => mark.nextSibling?.textContent ?? '');
  expect(after.startsWith("'s website")).toBe(true);

  await page.reload();
  await expect(page.getByRole('main').locator('mark.hl')).toHaveText(['the embassy']);
  expect(await claimPositions(page)).toEqual([{ text: 'the embassy', ...all[1] }]);
});

test('Esc closes the bar and gives focus back; / opens it; a mouse selection becomes the search', async ({ page, app }) => {
  await openDesk(page, app);
  await addSampleArticle(page);
  const reader = page.getByRole('main', { name: 'Reader' });
  const help = page.getByRole('button', { name: 'Help: keyboard shortcuts' });
  await help.focus();

  await page.keyboard.press('Control+f');
  await expect(findBar(page).getByLabel('Find in clip')).toBeFocused();
  await page.keyboard.type('Geneva');
  await expect(findBar(page).getByRole('status')).toHaveText('No matches');
  await expect(findBar(page).getByRole('button', { name: 'Mark claim' })).toBeDisabled();
  await screenshot(page, 'find-bar-no-match-light');
  await page.keyboard.press('Control+Enter');
  expect(await claimPositions(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(findBar(page)).toHaveCount(0);
  await expect(help).toBeFocused();
  await expect(reader.locator('mark.find-match')).toHaveCount(0);

  // / opens it from outside a text field, and the last search is still there, selected to retype.
  await page.keyboard.press('/');
  const input = findBar(page).getByLabel('Find in clip');
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('Geneva');
  await page.keyboard.press('Escape');

  // Double-click "embassy" in "the embassy staff": find opens on that word, on that occurrence (5th of 7).
  const word = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('.reader-body')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      const at = text.data.indexOf('embassy staff');
      if (at < 0) continue;
      text.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(text, at + 2);
      range.setEnd(text, at + 3);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error('"embassy staff" is not in the reader');
  });
  await page.mouse.dblclick(word.x, word.y);
  expect(await page.evaluate(() => document.getSelection()?.toString().trim())).toBe('embassy');
  await page.keyboard.press('Control+f');
  await expect(input).toHaveValue('embassy');
  await expect(findBar(page).getByRole('status')).toHaveText(`5 of ${occurrences('embassy').length}`);
  await findBar(page).getByRole('button', { name: 'Mark claim' }).click();
  await expect(reader.locator('mark.hl')).toHaveText(['embassy']);
  expect(await claimPositions(page)).toEqual([{ text: 'embassy', ...occurrences('embassy')[4] }]);
});

test('the find bar with matches has no serious axe findings, light and dark', async ({ page, app }) => {
  await openDesk(page, app);
  await addSampleArticle(page);
  await callApi(page, 'addClaim', {
    clipId: (await callApi<{ items: { id: string }[] }>(page, 'listClips', {})).items[0]!.id,
    quote: 'the US has closed its embassy in Kiev',
  });
  await page.reload();
  await expect(page.getByRole('main').locator('mark.hl')).toHaveCount(1);
  await page.keyboard.press('Control+f');
  await expect(findBar(page).getByLabel('Find in clip')).toBeFocused();
  await page.keyboard.type('embassy');
  await page.keyboard.press('Enter');
  const reader = page.getByRole('main', { name: 'Reader' });
  await expect(findBar(page).getByRole('status')).toHaveText('2 of 7');
  // Screen readers hear each match as one: the words before it say so, though they are not in the text.
  const said = await reader.locator('mark.find-current').evaluate((mark) => getComputedStyle(mark, '::before').content);
  expect(said).toBe('"current match: "');
  expect(await reader.locator('mark.find-current').textContent()).toBe('embassy');

  expect(await seriousA11yViolations(page), 'find bar open, light').toEqual([]);
  await screenshot(page, 'find-bar-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousA11yViolations(page), 'find bar open, dark').toEqual([]);
  await screenshot(page, 'find-bar-dark');
});
