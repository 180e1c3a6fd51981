import type { NotebookStore } from '../store/notebook-store';
import { inProcessBackend } from './in-process-backend';
import { createSearchService, type SearchService } from './search-service';
import { searchWorkerLocation } from './worker/search-worker-location';
import { workerBackend } from './worker/worker-backend';

/**
 * The app's search for an open notebook: built at once in a worker thread, so the index is ready
 * soon after the window opens while typing and IPC never wait for it. Where no worker can run (from
 * TypeScript sources, or the worker fails), it builds in-process, in slices.
 */
export function createAppSearch(store: NotebookStore, workerUrl: URL | undefined = searchWorkerLocation(import.meta.url)): SearchService {
  const here = () => inProcessBackend((sha) => store.readBody(sha, 'txt'));
  let first;
  try {
    first = workerUrl === undefined ? here() : workerBackend(workerUrl, { dir: store.dir });
  } catch {
    first = here();
  }
  const search = createSearchService(store, first, { fallback: here });
  // On the next turn, not in opening's: counting and walking 180k records' keys takes tens of ms.
  setImmediate(() => search.start());
  return search;
}
