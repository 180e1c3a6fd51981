import type { EngineAnswer, SearchQuery } from './search-engine';
import type { IndexChange } from './index-entry';

/**
 * Where the engine runs: a worker thread (the app) or this thread (tests, the CLI, and anywhere the
 * worker cannot start). Changes are applied in the order given; a search sees every change given
 * before it.
 */
export interface SearchBackend {
  /** Where the engine runs, for diagnostics and tests. */
  readonly where: 'worker' | 'in-process';
  /** Index these records or changes; resolves when done. */
  apply(changes: IndexChange[]): Promise<void>;
  /** The ranked record numbers per kind (the service turns them into hits). */
  search(query: SearchQuery): Promise<EngineAnswer>;
  close(): Promise<void>;
  /** The memory the engine's thread holds (the benchmark reports it); only the worker can tell its own. */
  memory?(): Promise<EngineMemory>;
}

/** A thread's V8 heap in use and the memory outside it (typed arrays), in bytes. */
export interface EngineMemory {
  heapUsed: number;
  /** The worker's V8 heap as reserved, garbage included: what its share of the process's RSS follows. */
  heapTotal: number;
  external: number;
}
