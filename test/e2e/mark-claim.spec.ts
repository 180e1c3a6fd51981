import type { Page } from '@playwright/test';
import { addSampleArticle, callApi, expect, openDesk, screenshot, seriousA11yViolations, test } from '../support/e2e-fixtures';

const OTTAWA = '122 countries signed the Ottawa Convention';

/**
 * Selects `words` in the reader the way a reporter does: press the mouse just inside the first
 * letter, drag, and release just inside the last one. Only the letters' positions are read from
 * the page; the selection itself is made by the mouse.
 */
async function dragToSelect(page: Page, words: string, from: 'text' | 'title' = 'text') {
  const box = await page.evaluate(
    ([w, origin]) => {
      // The words may run across several text nodes once highlights split them: find where they begin and end.
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(document.querySelector('.reader-body')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const rectAt = (node: Text, index: number) => {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        return range.getBoundingClientRect();
      };
      const head = w.slice(0, 14);
      const tail = w.slice(-14);
      const startNode = nodes.findIndex((n) => n.data.includes(head));
      if (startNode < 0) throw new Error(`"${head}" is not in the reader`);
      const startAt = nodes[startNode]!.data.indexOf(head);
      nodes[startNode]!.parentElement!.scrollIntoView({ block: 'center' });
      if (origin === 'title') document.querySelector('.pane-reader')!.scrollTo(0, 0);
      // The end is the first place after the start where the words' last letters stand.
      let last: DOMRect | null = null;
      for (let i = startNode; i < nodes.length && !last; i++) {
        const at = nodes[i]!.data.indexOf(tail, i === startNode ? startAt : 0);
        if (at >= 0) last = rectAt(nodes[i]!, at + tail.length - 1);
      }
      if (!last) throw new Error(`"${tail}" does not follow "${head}" in the reader`);
      const first = rectAt(nodes[startNode]!, startAt);
      const title = document.getElementById('reader-title')!.getBoundingClientRect();
      const start = origin === 'title' ? { x: title.left + 30, y: title.top + 20 } : { x: first.left + 1, y: first.top + first.height / 2 };
      return { start, end: { x: last.right - 1, y: last.top + last.height / 2 } };
    },
    [words, from] as const,
  );
  await page.mouse.move(box.start.x, box.start.y);
  await page.mouse.down();
  await page.mouse.move((box.start.x + box.end.x) / 2, box.end.y, { steps: 5 });
  await page.mouse.move(box.end.x, box.end.y, { steps: 5 });
  await page.mouse.up();
  return box;
}

async function expectMarked(page: Page, words: string) {
  const reader = page.getByRole('main');
  await expect(reader.locator('mark.hl', { hasText: words })).toBeVisible();
  await expect(reader.getByRole('button', { name: new RegExp(`^Unverified claim: ${words}`) })).toBeVisible();
  const item = page.getByRole('complementary', { name: 'Claims' }).getByRole('button', { name: new RegExp(words) });
  await expect(item).toContainText('Unverified');
  return item;
}

test.beforeEach(async ({ page, app }) => {
  await openDesk(page, app);
  await addSampleArticle(page);
});

test('marks a mouse selection with the Mark claim button; the claim opens and both it and its highlight persist', async ({ page }) => {
  await dragToSelect(page, OTTAWA);
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(OTTAWA);
  const button = page.getByRole('button', { name: 'Mark claim' });
  await expect(button).toBeVisible();
  await button.click();

  const item = await expectMarked(page, OTTAWA);
  await expect(item).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: 'Selected claim' })).toContainText(OTTAWA);
  await expect(page.getByRole('status').filter({ hasText: 'Claim marked' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark claim' })).toBeHidden();

  await page.reload();
  await expectMarked(page, OTTAWA);
  expect(await page.getByRole('main').locator('mark.hl').allTextContents()).toEqual([OTTAWA]);
});

test('marks with the C key, and refuses a selection that reaches outside the text', async ({ page }) => {
  await dragToSelect(page, 'from 4 hours to 2 weeks');
  await page.keyboard.press('c');
  await expectMarked(page, 'from 4 hours to 2 weeks');

  await dragToSelect(page, 'US President Joe Biden', 'title');
  await page.keyboard.press('c');
  await expect(page.getByRole('alert')).toContainText('reaches outside');
  await expect(page.getByRole('main').locator('mark.hl')).toHaveCount(1);

  // Clicking the highlight opens its claim.
  await page.getByRole('complementary', { name: 'Claims' }).getByRole('button', { name: /4 hours/ }).click();
  await expect(page.getByRole('region', { name: 'Selected claim' })).toBeHidden();
  await page.getByRole('main').locator('mark.hl', { hasText: '4 hours' }).click();
  await expect(page.getByRole('region', { name: 'Selected claim' })).toContainText('from 4 hours to 2 weeks');

  await page.reload();
  await expectMarked(page, 'from 4 hours to 2 weeks');
});

test('marks from the reader’s context menu; Shift+right-click keeps the browser’s own menu', async ({ page }) => {
  const words = 'the US has closed its embassy in Kiev';
  const box = await dragToSelect(page, words);
  await page.mouse.click(box.end.x - 20, box.end.y, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Text actions' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Mark claim' })).toBeFocused();
  await screenshot(page, 'reader-context-menu-light');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(words);

  await page.mouse.click(box.end.x - 20, box.end.y, { button: 'right' });
  await menu.getByRole('menuitem', { name: 'Mark claim' }).click();
  await expect(menu).toBeHidden();
  await expectMarked(page, words);

  // With Shift held, the reader leaves the right-click to the browser.
  await page.keyboard.down('Shift');
  await page.mouse.click(box.start.x + 30, box.start.y, { button: 'right' });
  await page.keyboard.up('Shift');
  await expect(menu).toBeHidden();

  await page.reload();
  await expectMarked(page, words);
});

test('the reader with highlights and the legend has no serious axe findings, light and dark', async ({ page }) => {
  await dragToSelect(page, OTTAWA);
  await page.keyboard.press('c');
  await expectMarked(page, OTTAWA);
  // An overlapping claim: the whole sentence around the first one.
  await dragToSelect(page, 'Note that on December 3-4, 1997, 122 countries signed the Ottawa Convention banning anti-personnel land mines.');
  await page.keyboard.press('c');
  await expect(page.getByRole('main').locator('mark.hl-overlap')).toHaveText(OTTAWA);
  await dragToSelect(page, 'Russia has been using anti-personnel land mines');
  await page.keyboard.press('c');
  await expect(page.getByRole('main').locator('[data-claim-marker]')).toHaveCount(3);

  await dragToSelect(page, 'This news was reported by the BBC on Wednesday');
  await page.keyboard.press('c');
  await expect(page.getByRole('main').locator('[data-claim-marker]')).toHaveCount(4);
  // Statuses other than unverified, so the screenshots show the colours and underline styles side by side.
  const claims = await callApi<{ items: { id: string; text: string }[] }>(page, 'listClaims', {});
  const idOf = (start: string) => claims.items.find((c) => c.text.startsWith(start))!.id;
  await callApi(page, 'setClaimStatus', { id: idOf('This news'), status: 'in_progress' });
  await callApi(page, 'setClaimStatus', { id: idOf('Russia'), status: 'in_progress' });
  await page.reload();
  await expect(page.getByRole('main').getByRole('button', { name: /^In progress claim: This news/ })).toBeVisible();

  const legend = page.getByRole('region', { name: 'Highlights' });
  for (const word of ['Unverified', 'In progress', 'Verified', 'False', 'Misleading', 'Unverifiable']) {
    await expect(legend.getByText(word, { exact: true })).toBeVisible();
  }
  await page.getByRole('main').evaluate((el) => el.scrollTo(0, 0));
  expect(await seriousA11yViolations(page), 'reader with highlights, light').toEqual([]);
  await screenshot(page, 'reader-highlights-light');
  await page.getByRole('main').locator('mark.hl-overlap').scrollIntoViewIfNeeded();
  await screenshot(page, 'reader-highlights-overlap-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousA11yViolations(page), 'reader with highlights, dark').toEqual([]);
  await screenshot(page, 'reader-highlights-overlap-dark');
  await page.getByRole('main').evaluate((el) => el.scrollTo(0, 0));
  await screenshot(page, 'reader-highlights-dark');
});

test('Enter on a highlight’s marker opens its claim', async ({ page }) => {
  await dragToSelect(page, OTTAWA);
  await page.keyboard.press('c');
  await expectMarked(page, OTTAWA);
  const panelItem = page.getByRole('complementary', { name: 'Claims' }).getByRole('button', { name: /122 countries/ });
  await panelItem.click();
  await expect(panelItem).toHaveAttribute('aria-pressed', 'false');
  const marker = page.getByRole('main').getByRole('button', { name: /^Unverified claim: 122 countries/ });
  await marker.focus();
  await page.keyboard.press('Enter');
  await expect(panelItem).toHaveAttribute('aria-pressed', 'true');
});
