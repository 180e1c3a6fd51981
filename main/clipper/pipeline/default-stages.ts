import { sharedClipWorker, workerStages } from '../worker/clip-worker-stages';
import type { ClipStages } from './clip-stages';

/**
 * The real stages: what the app, the browser host and the CLI clip with. Tests pass their own.
 * Each loads its module on first use: jsdom, Readability, DOMPurify, PDF.js and mammoth weigh about
 * 85 MB, and a notebook that is only read or checked should not carry them from start-up.
 * Extraction, file reading and image rewriting run in the clip worker (main/clipper/worker): on a
 * large page they take seconds of CPU, which on the main thread would freeze Electron's IPC.
 */

export const defaultStages: ClipStages = {
  fetchPage: async (url, options) =>
    (await import('../fetch/fetch-page')).fetchPage(url, { signal: options.signal, onProgress: options.onProgress }),
  ...workerStages(sharedClipWorker),
  captureImages: async (urls, options) =>
    (await import('../assets/capture-images')).captureImages(urls, {
      pageUrl: options.pageUrl ?? '',
      signal: options.signal,
      onProgress: options.onProgress,
    }),
  writeAssets: async (assetsDir, assets) => (await import('../assets/write-assets')).writeAssets(assetsDir, assets),
};
