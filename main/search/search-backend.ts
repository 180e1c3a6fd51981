import type { SearchGroup } from '../../shared/api/search-views';
import type { SearchQuery } from './search-engine';
import type { SearchChange } from './search-records';

/**
 * Where the engine runs: a worker thread (the app) or this thread (tests, the CLI, and anywhere the
 * worker cannot start). Changes are applied in the order given; a search sees every change given
 * before it.
 */
export interface SearchBackend {
  /** Where the engine runs, for diagnostics and tests. */
  readonly where: 'worker' | 'in-process';
  /** Index these records or changes; resolves when done. */
  apply(changes: SearchChange[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchGroup[]>;
  close(): Promise<void>;
}
