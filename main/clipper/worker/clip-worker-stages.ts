import type { ClipStages } from '../pipeline/clip-stages';
import { createClipWorkerClient, type ClipWorkerClient } from './clip-worker-client';
import { clipWorkerLocation } from './worker-location';

/**
 * The process's one clip worker, made on first use (creating the client starts nothing; the thread
 * starts with the first task).
 */
let shared: ClipWorkerClient | undefined;

export function sharedClipWorker(): ClipWorkerClient {
  shared ??= createClipWorkerClient({ location: clipWorkerLocation(import.meta.url) });
  return shared;
}

/** The stages that block a thread for seconds on a large page, run through `client()` (asked per call, so nothing is made at import). */
export function workerStages(client: () => ClipWorkerClient): Pick<ClipStages, 'extractArticle' | 'readDocument' | 'rewriteImages'> {
  return {
    extractArticle: (html, options) => client().run({ kind: 'extractArticle', html, options: options.url === undefined ? {} : { url: options.url } }),
    readDocument: (name, bytes) => client().run({ kind: 'readDocument', name, bytes }),
    rewriteImages: (html, map) => client().run({ kind: 'rewriteImages', html, map }),
  };
}
