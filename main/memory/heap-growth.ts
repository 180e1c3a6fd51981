import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets a heap grow past its live data before the next full collection, in percent.
 *
 * On a machine with plenty of memory V8 lets the old generation grow to up to four times what is live
 * between full collections. That suits a short script; for an app that holds a whole notebook in memory
 * (~150 MB at F10k) and builds a search index beside it, it meant 500–600 MB of RSS for 250 MB of live
 * data. Capping the growth at 30% kept the main side of an F10k notebook at 410–470 MB (browser mode,
 * search built, 50 searches) without slowing opening or indexing measurably; see the README's "Search".
 */
export const HEAP_GROWING_PERCENT = 30;

let applied = false;

/**
 * Apply the cap to this process: V8 flags are process-wide, so it holds for the main thread and every
 * worker thread (the search index's). The flag is read at each collection, so it can be set at run time;
 * once is enough.
 */
export function limitHeapGrowth(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
