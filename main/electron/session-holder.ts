import { fail } from '../../shared/api/result';
import type { Dispatch } from '../api/dispatch';
import type { NotebookSession, OpenNotebookSession } from '../hosts/notebook-session';

/**
 * The notebook the window is working on, which File > Open Notebook… can swap for another. Opening,
 * switching and closing run one at a time; a switch closes the old notebook (its pending writes made
 * durable, its lock released) before the new one opens, and goes back to the old one when the new
 * one cannot be opened. Calls made in between are answered "try again", never sent to a closed store.
 */

export type SwitchOutcome = { kind: 'same' } | { kind: 'switched'; dir: string } | { kind: 'failed'; message: string; reopened: boolean };

export interface SessionHolder {
  readonly current: NotebookSession | null;
  /** Always answers: from the open notebook, or "unavailable" while none is open. */
  readonly dispatch: Dispatch;
  open(dir: string): Promise<NotebookSession>;
  switchTo(dir: string): Promise<SwitchOutcome>;
  /** Waits for whatever is under way, then closes the notebook. Safe to call twice. */
  close(): Promise<void>;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createSessionHolder(openSession: OpenNotebookSession): SessionHolder {
  let current: NotebookSession | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const dispatch: Dispatch = (method, input) =>
    current ? current.dispatch(method, input) : Promise.resolve(fail('unavailable', 'The notebook is being opened or closed. Try again in a moment.'));

  const closeCurrent = async () => {
    const closing = current;
    current = null;
    await closing?.close();
  };

  return {
    get current() {
      return current;
    },
    dispatch,
    open: (dir) =>
      serial(async () => {
        await closeCurrent();
        current = await openSession(dir);
        return current;
      }),
    switchTo: (dir) =>
      serial(async (): Promise<SwitchOutcome> => {
        const previous = current?.dir ?? null;
        if (previous === dir) return { kind: 'same' };
        await closeCurrent();
        try {
          current = await openSession(dir);
          return { kind: 'switched', dir: current.dir };
        } catch (error) {
          const message = errorMessage(error);
          if (previous === null) return { kind: 'failed', message, reopened: false };
          try {
            current = await openSession(previous);
            return { kind: 'failed', message, reopened: true };
          } catch {
            return { kind: 'failed', message, reopened: false };
          }
        }
      }),
    close: () => serial(closeCurrent),
  };
}
