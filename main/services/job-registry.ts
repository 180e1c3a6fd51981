import { AppError } from '../../shared/api/result';
import { newId } from '../../shared/domain/ids';

/**
 * Work running in the background for the UI (clips, brief exports): the UI starts a job, polls it for
 * progress and may cancel it. Polling works the same over IPC and HTTP, so no host needs a push
 * channel. A registry lives as long as the open notebook and only in memory: a job is a view of work
 * in progress, never a record. Each kind of job wraps one registry with its own limits and words.
 */

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

/** What a poll sees: the state, the latest progress, and the result or the error once finished. */
export interface JobSnapshot<Result, Progress> {
  jobId: string;
  state: JobState;
  progress: Progress;
  result?: Result;
  error?: { code: string; message: string };
}

/** The work of one job, given the job's signal (aborted on cancel or close) and progress listener. */
export type JobWork<Result, Progress> = (run: { signal: AbortSignal; onProgress: (progress: Progress) => void }) => Promise<Result>;

export interface JobLimits {
  /** Jobs running at once; one more is refused, so a stuck UI cannot start a flood of work. */
  maxRunning: number;
  /** How long a finished job can still be asked about, in ms. */
  keepFinishedMs: number;
  /** Finished jobs kept at most; the oldest go first. */
  maxFinished: number;
}

/** The words a reporter reads, in this kind of job's own terms. */
export interface JobMessages {
  /** Starting while the notebook closes. */
  closing: string;
  /** Starting while `running` jobs already use every slot. */
  busy: (running: number) => string;
  /** Asking about a job that was never started or has been forgotten. */
  notFound: string;
  /** Shown for a failure that was not an AppError; the error itself goes to `onInternalError`. */
  internal: string;
}

export interface JobRegistryOptions {
  limits: JobLimits;
  messages: JobMessages;
  clock?: () => number;
  /** Told of every failure that was not an AppError, for the log: the UI only sees `messages.internal`. */
  onInternalError?: (error: unknown) => void;
  /** A failure that means the work stopped because it was asked to: the job reads `cancelled`, not `failed`. */
  isCancellation?: (error: unknown) => boolean;
}

export interface JobRegistry<Result, Progress> {
  /** Starts `work` with `initial` as its progress until it reports any. Refused when full or closing. */
  start(initial: Progress, work: JobWork<Result, Progress>): { jobId: string };
  get(jobId: string): JobSnapshot<Result, Progress>;
  /** Asks a running job to stop; `cancelled` is false when it had already finished. */
  cancel(jobId: string): { cancelled: boolean };
  /**
   * Refuses new jobs, asks the running ones to stop, and resolves once each has settled, so the store
   * can close under none.
   */
  close(): Promise<void>;
}

interface Entry<Result, Progress> {
  job: JobSnapshot<Result, Progress>;
  controller: AbortController;
  settled: Promise<void>;
  finishedAt?: number;
}

export function createJobRegistry<Result, Progress>(options: JobRegistryOptions): JobRegistry<Result, Progress> {
  const { limits, messages } = options;
  const clock = options.clock ?? Date.now;
  const jobs = new Map<string, Entry<Result, Progress>>();
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

  function entryOf(jobId: string): Entry<Result, Progress> {
    sweep();
    const entry = jobs.get(jobId);
    if (!entry) throw new AppError('not_found', messages.notFound);
    return entry;
  }

  function finish(entry: Entry<Result, Progress>, outcome: Pick<JobSnapshot<Result, Progress>, 'state' | 'result' | 'error'>): void {
    entry.job = { ...entry.job, ...outcome };
    entry.finishedAt = clock();
  }

  function fail(entry: Entry<Result, Progress>, error: unknown): void {
    if (options.isCancellation?.(error)) return finish(entry, { state: 'cancelled' });
    if (error instanceof AppError) return finish(entry, { state: 'failed', error: { code: error.code, message: error.message } });
    options.onInternalError?.(error);
    finish(entry, { state: 'failed', error: { code: 'internal', message: messages.internal } });
  }

  const runningEntries = () => [...jobs.values()].filter((entry) => entry.job.state === 'running');

  return {
    start(initial, work) {
      if (closed) throw new AppError('conflict', messages.closing);
      sweep();
      const running = runningEntries().length;
      if (running >= limits.maxRunning) throw new AppError('conflict', messages.busy(running));
      const jobId = newId();
      const controller = new AbortController();
      const entry: Entry<Result, Progress> = { job: { jobId, state: 'running', progress: initial }, controller, settled: Promise.resolve() };
      jobs.set(jobId, entry);
      const onProgress = (progress: Progress) => {
        if (entry.job.state === 'running') entry.job = { ...entry.job, progress };
      };
      // The work starts at once, so it can listen to its signal before anyone cancels; a throw that comes
      // before its first await still reports through get(), never through start().
      let outcome: Promise<Result>;
      try {
        outcome = work({ signal: controller.signal, onProgress });
      } catch (error) {
        outcome = Promise.reject(error);
      }
      entry.settled = Promise.resolve(outcome).then(
        (result) => finish(entry, { state: 'done', result }),
        (error: unknown) => fail(entry, error),
      );
      return { jobId };
    },

    get(jobId) {
      return { ...entryOf(jobId).job };
    },

    cancel(jobId) {
      const entry = entryOf(jobId);
      if (entry.job.state !== 'running') return { cancelled: false };
      // The job reads 'cancelled' once the work has stopped: work past the point of no return finishes instead.
      entry.controller.abort();
      return { cancelled: true };
    },

    async close() {
      closed = true;
      const running = runningEntries();
      for (const entry of running) entry.controller.abort();
      await Promise.all(running.map((entry) => entry.settled));
    },
  };
}
