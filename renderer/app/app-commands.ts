import type { AppCommand, AppCommandBatch } from '../../shared/api/app-views';

/**
 * The page's side of the desktop menu: ask the host for commands (a long poll), hand each to the desk,
 * ask again. In browser mode the host answers at once that none will come (`live: false`) and the
 * loop ends, so it costs one call. A failed call is retried after a pause that doubles while the host
 * keeps failing (up to half a minute), never in a tight loop. A command whose handler throws does not
 * stop the loop: the error is rethrown on its own, for the page's error reporting, and the menu keeps working.
 */

export interface CommandLoopOptions {
  next(input: { after?: number }): Promise<AppCommandBatch>;
  onCommand(command: AppCommand): void;
  signal: AbortSignal;
  /** The first pause after a failed call; it doubles with each failure in a row, up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function runCommandLoop({ next, onCommand, signal, retryMs = 2000, maxRetryMs = 30_000, sleep = realSleep }: CommandLoopOptions): Promise<void> {
  let after: number | undefined;
  let pause = retryMs;
  while (!signal.aborted) {
    let batch: AppCommandBatch;
    try {
      batch = await next(after === undefined ? {} : { after });
    } catch {
      if (signal.aborted) return;
      await sleep(pause);
      pause = Math.min(pause * 2, maxRetryMs);
      continue;
    }
    if (signal.aborted) return;
    pause = retryMs;
    after = batch.seq;
    for (const command of batch.commands) {
      try {
        onCommand(command);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
    if (!batch.live) return;
  }
}
