import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { writeFileAtomic } from './atomic-write';
import { compactNotebook, type CompactionRequest, type CompactionResult } from './compact-notebook';

/** The worker entry's name next to the bundled main files (dist/main/compact-worker.js). */
export const COMPACT_WORKER_ENTRY = 'compact-worker';

let sourceWorker: Promise<URL> | null = null;

/**
 * Running from TypeScript sources (vitest, tsx) a worker cannot load .ts files on Node 20, so the
 * worker entry is bundled once with esbuild (a devDependency, only present in development) into a
 * content-addressed file in the temp folder. Bundled builds ship compact-worker.js next to this code.
 */
async function bundleSourceWorker(): Promise<URL> {
  const esbuildName = 'esbuild';
  const esbuild = (await import(esbuildName)) as typeof import('esbuild');
  const entry = fileURLToPath(new URL(`./${COMPACT_WORKER_ENTRY}.ts`, import.meta.url));
  const built = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    banner: { js: "import { createRequire as __nnCreateRequire } from 'node:module'; const require = __nnCreateRequire(import.meta.url);" },
  });
  const code = built.outputFiles[0]?.contents;
  if (!code) throw new Error('esbuild produced no compaction worker');
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const file = join(tmpdir(), `newsroom-notebook-compact-worker-${hash}.mjs`);
  const exists = await fsp.stat(file).then(() => true, () => false);
  if (!exists) await writeFileAtomic(file, code);
  return new URL(`file://${file}`);
}

async function workerUrl(): Promise<URL> {
  if (!import.meta.url.endsWith('.ts')) return new URL(`./${COMPACT_WORKER_ENTRY}.js`, import.meta.url);
  sourceWorker ??= bundleSourceWorker().catch((error: unknown) => {
    sourceWorker = null;
    throw error;
  });
  return sourceWorker;
}

/** The worker died without replying: it could not load or crashed. */
class WorkerStartError extends Error {
  constructor(reason: unknown) {
    super(`the compaction worker failed: ${reason instanceof Error ? reason.message : String(reason)}`);
  }
}

type WorkerReply = { ok: true; result: CompactionResult } | { ok: false; message: string };

function runInWorker(url: URL, request: CompactionRequest): Promise<CompactionResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: request });
    let settled = false;
    worker.once('message', (reply: WorkerReply) => {
      settled = true;
      if (reply.ok) resolve(reply.result);
      else reject(new Error(reply.message));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      if (!settled) reject(new WorkerStartError(error));
      settled = true;
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the compaction worker stopped (exit code ${code})`));
      settled = true;
    });
  });
}

/**
 * Compact in a worker thread so the main thread never stalls on parsing or stringifying the whole
 * notebook. `inProcess` runs the same function on the calling thread (tests, or where workers cannot start).
 */
export async function runCompaction(request: CompactionRequest, inProcess = false): Promise<CompactionResult> {
  if (inProcess) return compactNotebook(request);
  let url: URL;
  try {
    url = await workerUrl();
  } catch {
    return compactNotebook(request);
  }
  return runInWorker(url, request).catch((error: unknown) => {
    // A worker that could not even load its file (a bundle without compact-worker.js) must not stop
    // compaction forever: do it here, slower but correct. A reply error is a real failure.
    if (error instanceof WorkerStartError) return compactNotebook(request);
    throw error;
  });
}
