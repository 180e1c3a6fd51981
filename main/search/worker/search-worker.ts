import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/api/result';
import { bodyPath } from '../../store/bodies';
import { notebookPaths } from '../../store/notebook-layout';
import { SearchEngine } from '../search-engine';
import { IDLE_SWEEP, idleSweeper } from './idle-sweep';
import type { SearchWorkerData, SearchWorkerError, SearchWorkerMessage, SearchWorkerRequest } from './search-worker-protocol';

/**
 * The search worker's entry: holds the notebook's index off the main thread, so building it (seconds
 * at 10k clips) and answering queries never hold up typing or IPC. Requests run one at a time in the
 * order they arrive, so a search sees every change sent before it. Old versions of edited records are
 * swept out of the word index while it is idle (idle-sweep.ts).
 */

function toWireError(error: unknown): SearchWorkerError {
  if (error instanceof AppError) return { code: error.code, name: error.name, message: error.message };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

if (parentPort !== null) {
  const port = parentPort;
  const { dir } = workerData as SearchWorkerData;
  const clips = notebookPaths(dir).clips;
  // Read synchronously: this thread does nothing else meanwhile, and a phrase search reads up to 400
  // bodies, where a round trip through libuv's thread pool for each doubled its time.
  const engine = new SearchEngine(async (sha) => {
    if (!/^[0-9a-f]{64}$/.test(sha)) throw new Error(`not a clip text: ${sha.slice(0, 80)}`);
    return readFileSync(bodyPath(clips, sha, 'txt'), 'utf8');
  });
  let chain: Promise<void> = Promise.resolve();
  const sweeper = idleSweeper(engine, { ...IDLE_SWEEP, onError: (error) => console.error('Search: sweeping old versions failed:', error) });
  port.on('message', (request: SearchWorkerRequest) => {
    sweeper.busy();
    chain = chain.then(async () => {
      let reply: SearchWorkerMessage;
      try {
        if (request.type === 'apply') {
          for (const change of request.changes) await engine.apply(change);
          reply = { type: 'done', id: request.id };
        } else if (request.type === 'search') {
          reply = { type: 'done', id: request.id, answer: await engine.search(request.query) };
        } else {
          const { heapUsed, heapTotal, external } = process.memoryUsage();
          reply = { type: 'done', id: request.id, memory: { heapUsed, heapTotal, external } };
        }
      } catch (error) {
        reply = { type: 'error', id: request.id, error: toWireError(error) };
      }
      port.postMessage(reply);
      sweeper.idle();
    });
  });
  const ready: SearchWorkerMessage = { type: 'ready' };
  port.postMessage(ready);
}
