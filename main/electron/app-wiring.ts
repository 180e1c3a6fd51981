import { readdir } from 'node:fs/promises';
import { createDispatcher } from '../api/dispatch';
import type { NotebookSession } from '../hosts/notebook-session';
import { createClipJobRegistry } from '../services/clip-jobs';
import { createHandlers } from '../services/handlers';
import { openNotebook } from '../store/open-notebook';

/**
 * The one file that ties the real store and services to the hosts. Everything else in
 * main/electron and main/launch takes an `OpenNotebookSession`, so it can be tested with fakes.
 * (Used by browser mode too; it imports nothing from Electron.)
 */

/**
 * The app's first run makes the notebook, but only in a folder that does not exist yet or is empty:
 * a mistyped --notebook pointing at, say, Documents must be refused, not filled with notebook files.
 */
async function isMissingOrEmpty(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

export interface NotebookSessionOptions {
  /** The host's way to open a link in the system browser (Electron only); see handlers.ts. */
  openExternal?: (url: string) => Promise<boolean>;
}

function logInternalError(error: unknown): void {
  console.error('Newsroom Notebook: an action failed inside the app:', error);
}

export async function openNotebookSession(dir: string, options: NotebookSessionOptions = {}): Promise<NotebookSession> {
  const store = await openNotebook(dir, { create: await isMissingOrEmpty(dir) });
  const jobs = createClipJobRegistry({ onInternalError: logInternalError });
  const handlers = createHandlers(store, undefined, { jobs, ...(options.openExternal ? { openExternal: options.openExternal } : {}) });
  const dispatch = createDispatcher(handlers, logInternalError);
  return {
    dir: store.dir,
    dispatch,
    notices: store.notices,
    // Clips still running are cancelled and waited for first, so none writes into a closing store.
    close: async () => {
      await jobs.close();
      await store.close();
    },
  };
}
