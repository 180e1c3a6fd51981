import { parentPort, workerData } from 'node:worker_threads';
import { compactNotebook, type CompactionRequest } from './compact-notebook';

/**
 * Worker-thread entry for compaction (bundled as dist/main/compact-worker.js). All the logic is in
 * `compactNotebook`, which can also run in-process; this file only carries the message.
 */
compactNotebook(workerData as CompactionRequest).then(
  (result) => parentPort?.postMessage({ ok: true, result }),
  (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
);
