import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where the search worker's bundle is, seen from `moduleUrl` (this code's import.meta.url): in a
 * bundle the code sits in dist/main or dist/main/chunks, and the worker is dist/main/search-worker.js.
 * From TypeScript sources (vitest, tsx) there is none, because on Node 20 a worker thread does not get
 * tsx's loader (as for the clip worker, main/clipper/worker/worker-location.ts): undefined then means
 * "search in-process".
 */
export function searchWorkerLocation(moduleUrl: string): URL | undefined {
  if (/\.[cm]?ts$/.test(new URL(moduleUrl).pathname)) return undefined;
  for (const candidate of ['./search-worker.js', '../search-worker.js']) {
    const url = new URL(candidate, moduleUrl);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}
