/**
 * Pure helpers for moving through a library that is loaded a page at a time: the list knows how many
 * clips there are, but only holds the pages that were in view.
 */

/** The row to open when the reporter moves by `delta` (j/k, arrows, Page keys; ±Infinity for Home/End), stopping at either end. */
export function moveIndex(current: number | null, delta: number, total: number): number | null {
  if (total <= 0) return null;
  if (current === null) return delta > 0 ? 0 : total - 1;
  if (delta === Infinity) return total - 1;
  if (delta === -Infinity) return 0;
  return Math.min(total - 1, Math.max(0, current + delta));
}

/** Which pages hold rows `first`..`last` (inclusive). */
export function pagesFor(first: number, last: number, pageSize: number): number[] {
  if (last < first || last < 0) return [];
  const pages: number[] = [];
  for (let p = Math.floor(Math.max(0, first) / pageSize); p <= Math.floor(last / pageSize); p++) pages.push(p);
  return pages;
}
