import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets a heap grow past its live data before the next full collection, in percent.
 *
 * On a machine with plenty of memory V8 lets the old generation grow to up to four times what is live
 * between full collections. That suits a short script; for an app that holds a whole notebook in memory
 * (~150 MB at F10k) and builds a search index beside it, it meant ~500 MB of RSS for ~250 MB of live
 * data. Measured on the built server with F10k open, the index built and 50 searches (README, "Search"):
 * 30% kept the peak at 411–472 MB, 20% at 418–465 MB, for opening ~15% slower (0.86–0.94 s against
 * 0.69–0.81 s); 15% saved little more and slowed opening further.
 */
export const HEAP_GROWING_PERCENT = 20;

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

let relaxed = 0;

/**
 * Run `work` with V8's own heap growth, and put the cap back once the last such work has finished.
 * For clipping: it parses a whole page with jsdom, allocating and dropping a large DOM, and under the
 * cap the extra full collections made a 1 MB page's clip ~30% slower (0.46–0.54 s against 0.62–0.71 s).
 * Its memory is short-lived, so the notebook's steady state keeps the cap. No effect until
 * limitHeapGrowth has been called (the CLI, tests).
 */
export async function withDefaultHeapGrowth<T>(work: () => Promise<T>): Promise<T> {
  if (!applied) return work();
  // 0 is V8's default: its own growing factor.
  if (relaxed++ === 0) setFlagsFromString('--heap-growing-percent=0');
  try {
    return await work();
  } finally {
    if (--relaxed === 0) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  }
}
