import type { Page } from '@playwright/test';

/**
 * Selects `words` in the reader the way a reporter does: press the mouse just inside the first
 * letter, drag, and release just inside the last one. Only the letters' positions are read from the
 * page; the selection itself is made by the mouse. (The same approach as mark-claim.spec.ts.)
 */
export async function dragToSelect(page: Page, words: string): Promise<void> {
  const box = await page.evaluate((w) => {
    const find = (part: string, fromEnd: boolean) => {
      const walker = document.createTreeWalker(document.querySelector('.reader-body')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(part);
        if (at < 0) continue;
        const range = document.createRange();
        const index = fromEnd ? at + part.length - 1 : at;
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        return range.getBoundingClientRect();
      }
      throw new Error(`"${part}" is not in the reader`);
    };
    const first = find(w.slice(0, 14), false);
    const last = find(w.slice(-14), true);
    return { start: { x: first.left + 1, y: first.top + first.height / 2 }, end: { x: last.right - 1, y: last.top + last.height / 2 } };
  }, words);
  await page.mouse.move(box.start.x, box.start.y);
  await page.mouse.down();
  await page.mouse.move((box.start.x + box.end.x) / 2, box.end.y, { steps: 5 });
  await page.mouse.move(box.end.x, box.end.y, { steps: 5 });
  await page.mouse.up();
}
