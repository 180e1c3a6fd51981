import { Worker } from 'node:worker_threads';
import { AppError, ERROR_CODES, type ErrorCode } from '../../../shared/api/result';
import type { ClipWorkerError, ClipWorkerMessage, ClipWorkerTask, ClipWorkerValue } from './clip-worker-protocol';
import { runClipTask } from './run-clip-task';
import type { WorkerLocation } from './worker-location';

/**
 * The main thread's side of the clip worker. The worker starts on first use, serves requests one
 * at a time (queued here by id), and stops after `idleMs` without work so its ~85 MB are given
 * back. When there is no worker file, or it fails to start, every task runs in-process for the rest
 * of the session; when it crashes mid-task, the unanswered tasks run in-process and the next task
 * starts a fresh worker. Either way the clip is correct, only slower to leave the UI responsive.
 */

export const CLIP_WORKER_IDLE_MS = 60_000;

export interface ClipWorkerClientOptions {
  /** The worker to start; undefined runs every task in-process. */
  location: WorkerLocation | undefined;
  idleMs?: number;
}

export interface ClipWorkerClient {
  run<T extends ClipWorkerTask>(task: T): Promise<ClipWorkerValue<T['kind']>>;
  /** True while a worker thread is running (for tests and diagnostics). */
  readonly running: boolean;
  /** Stops the worker now; tasks still waiting run in-process. */
  close(): Promise<void>;
}

interface Pending {
  task: ClipWorkerTask;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

function fromWireError(error: ClipWorkerError): Error {
  if (error.code !== undefined && (ERROR_CODES as readonly string[]).includes(error.code)) {
    return new AppError(error.code as ErrorCode, error.message);
  }
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  return rebuilt;
}

export function createClipWorkerClient(options: ClipWorkerClientOptions): ClipWorkerClient {
  const idleMs = options.idleMs ?? CLIP_WORKER_IDLE_MS;
  let disabled = options.location === undefined;
  let worker: Worker | undefined;
  let ready = false;
  let idleTimer: NodeJS.Timeout | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function runHere(entry: Pending): void {
    runClipTask(entry.task).then(entry.resolve, entry.reject);
  }

  /** The worker is gone: whatever it had not answered runs here. */
  function abandon(current: Worker): void {
    if (worker !== current) return;
    worker = undefined;
    if (!ready) disabled = true;
    ready = false;
    clearTimeout(idleTimer);
    const orphans = [...pending.values()];
    pending.clear();
    for (const entry of orphans) runHere(entry);
  }

  function settle(message: ClipWorkerMessage): void {
    if (message.type === 'ready') {
      ready = true;
      return;
    }
    const entry = pending.get(message.id);
    if (entry === undefined) return;
    pending.delete(message.id);
    if (message.type === 'result') entry.resolve(message.value);
    else entry.reject(fromWireError(message.error));
    if (pending.size === 0) idle();
  }

  /** No work: let the process exit if it wants to, and stop the worker after idleMs. */
  function idle(): void {
    const current = worker;
    if (current === undefined) return;
    current.unref();
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (worker === current && pending.size === 0) {
        worker = undefined;
        ready = false;
        void current.terminate();
      }
    }, idleMs);
    idleTimer.unref();
  }

  function start(location: WorkerLocation): Worker | undefined {
    try {
      const started = new Worker(location.url, { execArgv: location.execArgv });
      started.on('message', settle);
      // An error before 'ready' means the worker cannot load here; after it, a crash.
      started.on('error', () => abandon(started));
      started.on('exit', () => abandon(started));
      return started;
    } catch {
      disabled = true;
      return undefined;
    }
  }

  return {
    get running() {
      return worker !== undefined;
    },
    run<T extends ClipWorkerTask>(task: T): Promise<ClipWorkerValue<T['kind']>> {
      return new Promise<unknown>((resolve, reject) => {
        const entry: Pending = { task, resolve, reject };
        if (!disabled && worker === undefined && options.location !== undefined) worker = start(options.location);
        if (disabled || worker === undefined) {
          runHere(entry);
          return;
        }
        clearTimeout(idleTimer);
        worker.ref();
        const id = nextId++;
        pending.set(id, entry);
        worker.postMessage({ id, task });
      }) as Promise<ClipWorkerValue<T['kind']>>;
    },
    async close() {
      const current = worker;
      if (current === undefined) return;
      clearTimeout(idleTimer);
      worker = undefined;
      ready = false;
      const orphans = [...pending.values()];
      pending.clear();
      for (const entry of orphans) runHere(entry);
      await current.terminate();
    },
  };
}
