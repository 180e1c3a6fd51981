import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/api/result';
import { bodyPath } from '../../store/bodies';
import { notebookPaths } from '../../store/notebook-layout';
import { SearchEngine } from '../search-engine';
import type { SearchWorkerData, SearchWorkerError, SearchWorkerMessage, SearchWorkerRequest } from './search-worker-protocol';

/**
 * The search worker's entry: holds the notebook's index off the main thread, so building it (seconds
 * at 10k clips) and answering queries never hold up typing or IPC. Requests run one at a time in the
 * order they arrive, so a search sees every change sent before it.
 *
 * Edited and removed records leave old versions in the word index; searches skip them at once, so they
 * only take memory (a claim's ~200 bytes, a clip's a few KB). Removing one from FlexSearch scans the
 * whole index (3–7 ms at F10k), so they are swept only once there are many (after emptying a trash,
 * say), while no request is waiting, in short steps, so a search that arrives meanwhile waits one step
 * at most. A session's ordinary edits never trigger it; the index is built afresh at every open.
 */

/** Dead versions that start a sweep (which then runs until none is left). */
const SWEEP_AFTER = 1_000;
/** One idle sweep step, and the pause before the next (requests go first). */
const SWEEP_STEP_MS = 10;
const SWEEP_PAUSE_MS = 25;

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
  let waiting = 0;
  let sweepTimer: NodeJS.Timeout | undefined;
  let sweeping = false;
  const sweepWhenIdle = () => {
    if (engine.deadVersions >= SWEEP_AFTER) sweeping = true;
    if (sweepTimer !== undefined || !sweeping) return;
    sweepTimer = setTimeout(() => {
      sweepTimer = undefined;
      if (waiting > 0) return; // the last request to finish schedules the next step
      sweeping = engine.sweep(SWEEP_STEP_MS) > 0;
      sweepWhenIdle();
    }, SWEEP_PAUSE_MS);
  };
  port.on('message', (request: SearchWorkerRequest) => {
    waiting++;
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
      waiting--;
      sweepWhenIdle();
    });
  });
  const ready: SearchWorkerMessage = { type: 'ready' };
  port.postMessage(ready);
}
