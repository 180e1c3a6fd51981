import { readdir } from 'node:fs/promises';
import { createDispatcher } from '../api/dispatch';
import { backupNotebook } from '../backup/notebook-backup';
import type { BriefHandlerOptions } from '../briefs/brief-handlers';
import { createBriefExportJobs } from '../briefs/brief-export-jobs';
import type { NotebookSession } from '../hosts/notebook-session';
import { createClipJobRegistry } from '../services/clip-jobs';
import { createAppHandlers, type AppHost } from '../services/app-handlers';
import { createHandlers } from '../services/handlers';
import { limitHeapGrowth } from '../memory/heap-growth';
import { createAppSearch } from '../search/app-search';
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
  /** The desktop's command queue and log (Electron only): the app section's handlers answer from them. */
  appHost?: AppHost;
  /** Brief export's printer and save dialog (Electron only); see brief-handlers.ts. */
  briefs?: BriefHandlerOptions;
}

function logInternalError(error: unknown): void {
  console.error('Newsroom Notebook: an action failed inside the app:', error);
}

export async function openNotebookSession(dir: string, options: NotebookSessionOptions = {}): Promise<NotebookSession> {
  limitHeapGrowth();
  const store = await openNotebook(dir, { create: await isMissingOrEmpty(dir) });
  const jobs = createClipJobRegistry({ onInternalError: logInternalError });
  const briefJobs = createBriefExportJobs({ onInternalError: logInternalError });
  // Search builds its index in a worker thread from now on; opening does not wait for it.
  const search = createAppSearch(store);
  const handlers = {
    ...createHandlers(store, undefined, { jobs, search, ...(options.openExternal ? { openExternal: options.openExternal } : {}), briefs: { ...options.briefs, jobs: briefJobs } }),
    // Without a host (browser mode) the app section tells the page that no commands will come.
    ...(options.appHost ? createAppHandlers({ store, now: () => new Date().toISOString() }, options.appHost) : {}),
  };
  const dispatch = createDispatcher(handlers, logInternalError);
  const backups = new Set<Promise<unknown>>();
  return {
    dir: store.dir,
    dispatch,
    notices: store.notices,
    // File > Back Up Notebook… in Electron: one zip of the open notebook, consistent while work goes on.
    backup: async (outFile) => {
      const running = backupNotebook(store, outFile);
      backups.add(running);
      try {
        await running;
      } finally {
        backups.delete(running);
      }
    },
    // Clips and brief exports still running are cancelled and waited for first, and a backup under way
    // is let finish (quitting mid-backup would leave a half-written zip), so none touches a closing store.
    close: async () => {
      await Promise.all([jobs.close(), briefJobs.close(), Promise.allSettled([...backups])]);
      await search.close();
      await store.close();
    },
  };
}
