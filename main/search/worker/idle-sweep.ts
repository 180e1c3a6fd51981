/**
 * When the search worker sweeps old versions out of the word index. Edited and removed records leave
 * old versions behind; searches skip them at once, so they only take memory (a claim's ~200 bytes, a
 * clip's a few KB) until the next open builds the index afresh. Removing one from FlexSearch scans the
 * whole index (two removals of 3–7 ms each at F10k, several times that at F50k), so sweeping starts
 * only once many have gathered (a thousand edits of text, or emptying a trash), runs only while no
 * request is waiting, and goes in short steps: a search that arrives meanwhile waits for one step,
 * which removes at least one version (so at F50k it can wait some tens of milliseconds).
 */

export interface Sweepable {
  readonly deadVersions: number;
  /** Removes dead versions for about `budgetMs` (at least one); returns how many are left. */
  sweep(budgetMs: number): number;
}

export interface IdleSweepOptions {
  /** Dead versions that start a sweep, which then runs until none is left. */
  after: number;
  stepMs: number;
  /** The pause before each step, in which requests go first. */
  pauseMs: number;
  onError?: (error: unknown) => void;
}

export const IDLE_SWEEP: IdleSweepOptions = { after: 1_000, stepMs: 10, pauseMs: 25 };

export interface IdleSweeper {
  /** A request arrived: no step runs until it is done. */
  busy(): void;
  /** A request is done: sweep when none is waiting and there is enough to sweep. */
  idle(): void;
}

export function idleSweeper(engine: Sweepable, options: IdleSweepOptions = IDLE_SWEEP): IdleSweeper {
  let waiting = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sweeping = false;
  let failed = false;
  const schedule = (): void => {
    if (engine.deadVersions >= options.after && !failed) sweeping = true;
    if (timer !== undefined || !sweeping || waiting > 0) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (waiting > 0) return; // the last request to finish schedules the next step
      try {
        sweeping = engine.sweep(options.stepMs) > 0;
      } catch (error) {
        // A failed sweep only leaves memory unreclaimed; searching goes on, and no sweep is tried again.
        sweeping = false;
        failed = true;
        options.onError?.(error);
      }
      schedule();
    }, options.pauseMs);
  };
  return {
    busy: () => {
      waiting++;
    },
    idle: () => {
      waiting = Math.max(0, waiting - 1);
      schedule();
    },
  };
}
