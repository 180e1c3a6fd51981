import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../shared/api/result';
import type { ClipWorkerError, ClipWorkerMessage, ClipWorkerRequest } from './clip-worker-protocol';
import { runClipTask } from './run-clip-task';

/**
 * The clip worker's entry: runs extraction, file reading and image rewriting off the main thread, so
 * a large page (0.7–2.5 s of jsdom, Readability and DOMPurify) does not freeze Electron's IPC. One
 * request at a time, in the order they arrive; the main side queues them with ids.
 */

function toWireError(error: unknown): ClipWorkerError {
  if (error instanceof AppError) return { code: error.code, name: error.name, message: error.message };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

if (parentPort !== null) {
  const port = parentPort;
  let chain: Promise<void> = Promise.resolve();
  port.on('message', (request: ClipWorkerRequest) => {
    chain = chain.then(async () => {
      let reply: ClipWorkerMessage;
      try {
        reply = { type: 'result', id: request.id, value: await runClipTask(request.task) };
      } catch (error) {
        reply = { type: 'error', id: request.id, error: toWireError(error) };
      }
      port.postMessage(reply);
    });
  });
  const ready: ClipWorkerMessage = { type: 'ready' };
  port.postMessage(ready);
}
