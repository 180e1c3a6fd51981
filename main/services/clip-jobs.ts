import { AppError } from '../../shared/api/result';
import type { AddClipResult, ClipJob, ClipJobProgress } from '../../shared/api/views';
import { newId } from '../../shared/domain/ids';
import { ClipCancelledError } from '../clipper/fetch/fetch-errors';
import type { ClipProgress } from '../clipper/clipper-types';

/**
 * Clips running in the background, for the UI: it starts one, polls for progress (fetch, extract,
 * images n/m, save) and may cancel it. Polling works the same over IPC and HTTP, so no host needs a
 * push channel. The registry lives as long as the open notebook and only in memory: a job is a view
 * of work in progress, never a record; the pipeline writes the clip itself, and nothing when it fails
 * or is cancelled.
 */

/** The work of one job: the pipeline, given the job's signal and progress listener. */
export type ClipJobWork = (run: { signal: AbortSignal; onProgress: (progress: ClipProgress) => void }) => Promise<AddClipResult>;

export interface ClipJobLimits {
  /** Jobs running at once; one more is refused, so a stuck UI cannot start a flood of fetches. */
  maxRunning: number;
  /** How long a finished job can still be asked about, in ms. */
  keepFinishedMs: number;
  /** Finished jobs kept at most; the oldest go first. */
  maxFinished: number;
}

export const DEFAULT_CLIP_JOB_LIMITS: ClipJobLimits = { maxRunning: 3, keepFinishedMs: 10 * 60_000, maxFinished: 100 };

export interface ClipJobRegistry {
  start(work: ClipJobWork): { jobId: string };
  get(jobId: string): ClipJob;
  /** Asks a running job to stop; `cancelled` is false when it had already finished. */
  cancel(jobId: string): { cancelled: boolean };
  /** Cancels every running job and resolves once each has stopped, so the store can close under none. */
  close(): Promise<void>;
}

interface JobEntry {
  job: ClipJob;
  controller: AbortController;
  settled: Promise<void>;
  finishedAt?: number;
}

function errorOf(error: unknown): { code: string; message: string } {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  return { code: 'internal', message: 'Something went wrong inside the app and the clip did not finish. The details are in the log.' };
}

export function createClipJobRegistry(
  options: { limits?: Partial<ClipJobLimits>; clock?: () => number; onInternalError?: (error: unknown) => void } = {},
): ClipJobRegistry {
  const limits = { ...DEFAULT_CLIP_JOB_LIMITS, ...options.limits };
  const clock = options.clock ?? Date.now;
  const jobs = new Map<string, JobEntry>();
  let closed = false;

  /** Forgets finished jobs past their time, then the oldest beyond the count; running jobs always stay. */
  function sweep(): void {
    const now = clock();
    const finished = [...jobs.values()].filter((entry) => entry.finishedAt !== undefined);
    for (const entry of finished) {
      if (now - entry.finishedAt! >= limits.keepFinishedMs) jobs.delete(entry.job.jobId);
    }
    const left = finished.filter((entry) => jobs.has(entry.job.jobId));
    // Map order is start order, so the first ones are the oldest.
    for (const entry of left.slice(0, Math.max(0, left.length - limits.maxFinished))) jobs.delete(entry.job.jobId);
  }

  function entryOf(jobId: string): JobEntry {
    sweep();
    const entry = jobs.get(jobId);
    if (!entry) {
      throw new AppError('not_found', 'That clip is no longer being tracked: it finished a while ago or the app was restarted. Look for it in the library, or clip it again.');
    }
    return entry;
  }

  function finish(entry: JobEntry, outcome: Pick<ClipJob, 'state' | 'result' | 'error'>): void {
    entry.job = { ...entry.job, ...outcome };
    entry.finishedAt = clock();
  }

  return {
    start(work) {
      if (closed) throw new AppError('conflict', 'The notebook is closing, so no new clip can start. Open it again to clip.');
      sweep();
      const running = [...jobs.values()].filter((entry) => entry.job.state === 'running').length;
      if (running >= limits.maxRunning) {
        throw new AppError('conflict', `${running} clips are already in progress. Wait for a clip in progress to finish, then try again.`);
      }
      const jobId = newId();
      const controller = new AbortController();
      const entry: JobEntry = { job: { jobId, state: 'running', progress: null }, controller, settled: Promise.resolve() };
      const onProgress = (progress: ClipProgress) => {
        if (entry.job.state === 'running') entry.job = { ...entry.job, progress: { ...progress } as ClipJobProgress };
      };
      jobs.set(jobId, entry);
      // Started on the next turn, so a stage that throws at once still reports through getClipJob, never through startClip.
      entry.settled = Promise.resolve()
        .then(() => work({ signal: controller.signal, onProgress }))
        .then(
          (result) => finish(entry, { state: 'done', result }),
          (error: unknown) => {
            if (error instanceof ClipCancelledError) return finish(entry, { state: 'cancelled' });
            if (!(error instanceof AppError)) options.onInternalError?.(error);
            finish(entry, { state: 'failed', error: errorOf(error) });
          },
        );
      return { jobId };
    },

    get(jobId) {
      return { ...entryOf(jobId).job };
    },

    cancel(jobId) {
      const entry = entryOf(jobId);
      if (entry.job.state !== 'running') return { cancelled: false };
      // The job reads 'cancelled' once the pipeline has stopped: past the save it finishes instead, and says so.
      entry.controller.abort();
      return { cancelled: true };
    },

    async close() {
      closed = true;
      const running = [...jobs.values()].filter((entry) => entry.job.state === 'running');
      for (const entry of running) entry.controller.abort();
      await Promise.all(running.map((entry) => entry.settled));
    },
  };
}
