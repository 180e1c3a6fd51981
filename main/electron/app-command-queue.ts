import type { AppCommand, AppCommandBatch } from '../../shared/api/app-views';

/**
 * Commands for the page (menu items, files handed to the app), waiting until it asks for them with
 * nextAppCommands. Every command gets a sequence number. A page that says where it is (`after`) gets
 * what came since; a page that does not (just loaded) gets only what no page has been given yet, so a
 * reloaded window does not replay old menu clicks, while a file opened before the window was ready is
 * still delivered. Every waiting call receives a new command, so a page that polls twice (React's
 * strict mode mounts effects twice) cannot lose one.
 */

/** How many commands are kept for a page that is a little behind. */
const KEEP = 50;

interface Waiter {
  after: number | undefined;
  resolve: (batch: AppCommandBatch) => void;
  timer: ReturnType<typeof setTimeout>;
}

export interface AppCommandQueue {
  push(command: AppCommand): number;
  next(after: number | undefined, waitMs: number): Promise<AppCommandBatch>;
  /** Answers every waiting call with nothing (the window is going away); later calls answer at once. */
  close(): void;
}

export function createAppCommandQueue(): AppCommandQueue {
  let seq = 0;
  let delivered = 0;
  let closed = false;
  const kept: Array<{ seq: number; command: AppCommand }> = [];
  const waiters = new Set<Waiter>();

  const since = (after: number | undefined) => kept.filter((entry) => entry.seq > (after ?? delivered));
  const batch = (entries: typeof kept, after: number | undefined): AppCommandBatch => ({
    commands: entries.map((entry) => entry.command),
    seq: entries.at(-1)?.seq ?? Math.max(after ?? 0, delivered),
    live: !closed,
  });
  const markDelivered = (answer: AppCommandBatch) => {
    if (answer.commands.length > 0) delivered = Math.max(delivered, answer.seq);
    return answer;
  };
  const settle = (waiter: Waiter, answer: AppCommandBatch) => {
    clearTimeout(waiter.timer);
    waiters.delete(waiter);
    waiter.resolve(answer);
  };

  return {
    push(command) {
      seq += 1;
      kept.push({ seq, command });
      if (kept.length > KEEP) kept.splice(0, kept.length - KEEP);
      // Every waiter's answer is worked out before any counts as delivered, so all of them get it.
      const answers = [...waiters].map((waiter) => ({ waiter, answer: batch(since(waiter.after), waiter.after) }));
      for (const { waiter, answer } of answers) if (answer.commands.length > 0) settle(waiter, markDelivered(answer));
      return seq;
    },
    next(after, waitMs) {
      const entries = since(after);
      if (entries.length > 0 || closed || waitMs === 0) return Promise.resolve(markDelivered(batch(entries, after)));
      return new Promise((resolve) => {
        const waiter: Waiter = { after, resolve, timer: setTimeout(() => settle(waiter, batch([], after)), waitMs) };
        waiters.add(waiter);
      });
    },
    close() {
      closed = true;
      for (const waiter of [...waiters]) settle(waiter, batch([], waiter.after));
    },
  };
}
