import type { NotebookStore } from '../store/notebook-store';
import { inProcessBackend } from './in-process-backend';
import { createSearchService, type SearchService } from './search-service';

/** Search on this thread, reading clip texts through the store: the default for tests and the CLI. */
export function createInProcessSearch(store: NotebookStore): SearchService {
  return createSearchService(store, inProcessBackend((sha) => store.readBody(sha, 'txt')), { sliceSize: 500 });
}
