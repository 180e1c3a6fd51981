import { Worker } from 'node:worker_threads';
import { AppError, ERROR_CODES, type ErrorCode } from '../../../shared/api/result';
import type { SearchBackend } from '../search-backend';
import type { SearchQuery } from '../search-engine';
import type { IndexChange } from '../index-entry';
import type { SearchWorkerData, SearchWorkerError, SearchWorkerMessage, SearchWorkerRequest } from './search-worker-protocol';

/**
 * The engine in a worker thread, seen from the main thread. Requests are numbered and answered in
 * order. If the worker fails to start or dies, every waiting and later request is refused with the
 * reason, and the search service falls back to building in-process (search-service.ts).
 */

type Payload = { type: 'apply'; changes: IndexChange[] } | { type: 'search'; query: SearchQuery } | { type: 'memory' };
type Reply = Extract<SearchWorkerMessage, { type: 'done' }>;

function fromWireError(error: SearchWorkerError): Error {
  if (error.code !== undefined && (ERROR_CODES as readonly string[]).includes(error.code)) return new AppError(error.code as ErrorCode, error.message);
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  return rebuilt;
}

export function workerBackend(url: URL, data: SearchWorkerData): SearchBackend {
  const pending = new Map<number, { resolve: (groups: Reply) => void; reject: (error: unknown) => void }>();
  let nextId = 1;
  let dead: Error | undefined;
  let closing = false;
  const worker = new Worker(url, { workerData: data });
  // The index must not keep a CLI or test process alive; the host closes it with the notebook.
  worker.unref();

  function fail(reason: Error): void {
    if (dead !== undefined) return;
    dead = reason;
    for (const entry of pending.values()) entry.reject(reason);
    pending.clear();
  }

  worker.on('message', (message: SearchWorkerMessage) => {
    if (message.type === 'ready') return;
    const entry = pending.get(message.id);
    if (entry === undefined) return;
    pending.delete(message.id);
    if (message.type === 'done') entry.resolve(message);
    else entry.reject(fromWireError(message.error));
  });
  worker.on('error', (error) => fail(error));
  worker.on('exit', (code) => fail(new Error(closing ? 'Search was closed with the notebook.' : `The search worker stopped (exit code ${code}).`)));

  function send(payload: Payload): Promise<Reply> {
    if (dead !== undefined) return Promise.reject(dead);
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...payload } as SearchWorkerRequest);
    });
  }

  return {
    where: 'worker',
    apply: async (changes) => {
      await send({ type: 'apply', changes });
    },
    search: async (query) => (await send({ type: 'search', query })).answer ?? { matched: [], kinds: [] },
    memory: async () => (await send({ type: 'memory' })).memory ?? { heapUsed: 0, heapTotal: 0, external: 0 },
    close: async () => {
      closing = true;
      await worker.terminate();
    },
  };
}
