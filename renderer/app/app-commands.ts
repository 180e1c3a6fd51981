import type { AppCommand, AppCommandBatch } from '../../shared/api/app-views';

/**
 * The page's side of the desktop menu: ask the host for commands (a long poll), hand each to the desk,
 * ask again. In browser mode the host answers at once that none will come (`live: false`) and the
 * loop ends, so it costs one call. A failed call is retried after a pause, never in a tight loop.
 */

export interface CommandLoopOptions {
  next(input: { after?: number }): Promise<AppCommandBatch>;
  onCommand(command: AppCommand): void;
  signal: AbortSignal;
  retryMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function runCommandLoop({ next, onCommand, signal, retryMs = 2000, sleep = realSleep }: CommandLoopOptions): Promise<void> {
  let after: number | undefined;
  while (!signal.aborted) {
    let batch: AppCommandBatch;
    try {
      batch = await next(after === undefined ? {} : { after });
    } catch {
      if (signal.aborted) return;
      await sleep(retryMs);
      continue;
    }
    if (signal.aborted) return;
    after = batch.seq;
    for (const command of batch.commands) onCommand(command);
    if (!batch.live) return;
  }
}
