import { AppError } from '../../shared/api/result';
import type { SearchResults, SearchStatus } from '../../shared/api/search-views';
import type { Op } from '../../shared/domain/ops';
import type { NotebookStore } from '../store/notebook-store';
import type { EngineMemory, SearchBackend } from './search-backend';
import type { SearchQuery } from './search-engine';
import type { IndexChange } from './index-entry';
import { RecordNumbers } from './record-numbers';
import { searchGroups } from './search-hits';
import { allSearchRecords, BUILD_ORDER, changesFor, indexChange, recordCount, type RecordKeys } from './search-records';

/**
 * The notebook's search, as the handlers see it. The index is built in the background (a worker
 * thread in the app) from the open store, fed in small slices so the main thread never stalls; until
 * it is complete, searches answer from what is indexed so far with `indexing: true`. Every commit is
 * passed on as it happens, in order, so an edit, a delete or an undo shows in the next search.
 * Records travel as numbers (record-numbers.ts); the engine answers with ranked numbers, and the hits
 * are made here from the notebook as it is (search-hits.ts).
 */
export interface SearchService {
  search(query: SearchQuery): Promise<SearchResults>;
  status(): SearchStatus;
  /** Told of every commit, right after the store applied it in memory. */
  onCommit(ops: readonly Op[]): void;
  /** Starts building now (otherwise the first search or status call does). */
  start(): void;
  /** Resolves once the whole notebook is indexed (tests, the benchmark). */
  whenReady(): Promise<void>;
  /** Where the index currently lives (the worker, or this thread after a fallback). */
  where(): 'worker' | 'in-process';
  /** The worker thread's own memory (undefined in-process, where it cannot be told apart). */
  memory(): Promise<EngineMemory | undefined>;
  /** Stops building and frees the index (the worker thread too). */
  close(): Promise<void>;
}

export interface SearchServiceOptions {
  /** Where to build again if the first backend fails (the worker could not start or died): in-process. */
  fallback?: () => SearchBackend;
  /** Records per slice sent to the backend; smaller keeps the main thread freer. */
  sliceSize?: number;
  /** Milliseconds of main-thread work per slice at most, before yielding. */
  sliceMs?: number;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createSearchService(store: NotebookStore, first: SearchBackend, options: SearchServiceOptions = {}): SearchService {
  const sliceSize = options.sliceSize ?? 1000;
  const sliceMs = options.sliceMs ?? 8;
  let fallback = options.fallback;
  let backend = first;
  let started = false;
  let closed = false;
  let ready = false;
  let indexed = 0;
  let total = 0;
  let building: Promise<void> | undefined;
  let failure: unknown;
  const numbers = new RecordNumbers();

  /**
   * Walks the notebook by key and maps each record only when its slice is cut, then sends the slice
   * at once: a record changed meanwhile is sent as it now is, and a change committed later reaches
   * the backend after it, so the index always ends up with the latest state.
   */
  async function build(target: SearchBackend): Promise<void> {
    ready = false;
    indexed = 0;
    const keys: Partial<Record<keyof RecordKeys, readonly string[]>> = {};
    for (const name of BUILD_ORDER) {
      const ids = Object.keys(store.data[name]);
      keys[name] = ids;
      // A turn after a large collection: listing its ids is the longest piece of main-thread work here
      // (~100 ms for F50k's 500k links). A small notebook is listed and starts indexing in one turn.
      if (ids.length > 10_000) await yieldToEventLoop();
    }
    total = recordCount(keys as RecordKeys);
    const records = allSearchRecords(store.data, keys as RecordKeys);
    let done = false;
    while (!done && !closed && target === backend) {
      const began = performance.now();
      const slice: IndexChange[] = [];
      while (slice.length < sliceSize && performance.now() - began < sliceMs) {
        const next = records.next();
        if (next.done) {
          done = true;
          break;
        }
        slice.push(indexChange(next.value, numbers));
      }
      if (slice.length > 0) {
        await target.apply(slice);
        indexed += slice.length;
      }
      await yieldToEventLoop();
    }
    if (done && target === backend) {
      indexed = total;
      ready = true;
    }
  }

  /** The backend failed: build again in-process once, or remember why search is unavailable. */
  function onBackendFailure(broken: SearchBackend, error: unknown): void {
    if (broken !== backend || closed) return;
    if (fallback !== undefined) {
      const make = fallback;
      fallback = undefined;
      backend = make();
      void broken.close().catch(() => undefined);
      building = run(backend);
      return;
    }
    failure = error;
  }

  function run(target: SearchBackend): Promise<void> {
    return build(target).catch((error: unknown) => onBackendFailure(target, error));
  }

  function start(): void {
    if (started || closed) return;
    started = true;
    building = run(backend);
  }

  return {
    start,
    where: () => backend.where,
    async search(query) {
      start();
      if (failure !== undefined) {
        throw new AppError('unavailable', `Search could not index this notebook (${failure instanceof Error ? failure.message : String(failure)}). Reopen the notebook to try again.`);
      }
      const began = performance.now();
      const target = backend;
      let answer;
      try {
        answer = await target.search(query);
      } catch (error) {
        if (error instanceof AppError || target !== backend) throw error;
        onBackendFailure(target, error);
        if (backend === target) throw error;
        answer = await backend.search(query);
      }
      const groups = searchGroups(answer, query, store.data, numbers);
      return { query: query.query, groups, indexing: !ready, tookMs: Math.round((performance.now() - began) * 100) / 100 };
    },
    status() {
      start();
      return { state: ready ? 'ready' : 'indexing', indexed: Math.min(indexed, total), total };
    },
    onCommit(ops) {
      // Before the build starts there is nothing to update: it will read the records as they are then.
      if (!started || closed) return;
      const changes = changesFor(ops, store.data).map((change) => indexChange(change, numbers));
      if (changes.length === 0) return;
      const target = backend;
      target.apply(changes).catch((error: unknown) => onBackendFailure(target, error));
    },
    async whenReady() {
      start();
      // A fallback replaces `building`; wait for whichever build is current.
      let current: Promise<void> | undefined;
      while (current !== building) {
        current = building;
        await current;
      }
      if (failure !== undefined) throw failure;
    },
    memory: async () => backend.memory?.(),
    async close() {
      closed = true;
      await building;
      await backend.close();
    },
  };
}
