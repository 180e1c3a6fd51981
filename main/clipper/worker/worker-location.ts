import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** How to start the clip worker: the file and the Node options it needs. */
export interface WorkerLocation {
  url: URL;
  execArgv: string[];
}

/**
 * Where the clip worker is, seen from `moduleUrl` (this code's import.meta.url). In a bundle the code
 * sits in dist/main or in dist/main/chunks, and the worker is dist/main/clip-worker.js. Run from
 * TypeScript sources (vitest, tsx) there is none: on Node 20 a worker thread does not get tsx's
 * loader hooks (`--import tsx` in execArgv still fails with "Unknown file extension .ts"), so the
 * stages run in-process there. Undefined means "run in-process".
 */
export function clipWorkerLocation(moduleUrl: string): WorkerLocation | undefined {
  if (/\.[cm]?ts$/.test(new URL(moduleUrl).pathname)) return undefined;
  for (const candidate of ['./clip-worker.js', '../clip-worker.js']) {
    const url = new URL(candidate, moduleUrl);
    if (existsSync(fileURLToPath(url))) return { url, execArgv: [] };
  }
  return undefined;
}
