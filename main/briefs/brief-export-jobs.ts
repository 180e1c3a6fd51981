import { AppError } from '../../shared/api/result';
import type { BriefExportJob } from '../../shared/api/brief-views';
import type { BriefFormat } from '../../shared/domain/brief-formats';
import { newId } from '../../shared/domain/ids';
import type { RenderedBrief } from './render-brief';

/**
 * Brief exports running in the background, so a slow format (PDF, Word, a bundle) shows its steps
 * and never holds up the UI. Polled like clip jobs, so it works the same over IPC and HTTP. The
 * finished file is kept in memory for a while so the renderer can download or save it; nothing is
 * written to the notebook.
 */
export interface BriefExportJobs {
  /** `signal` is aborted when the notebook closes: the work stops at its next step. */
  start(format: BriefFormat, work: (onProgress: (step: string) => void, signal: AbortSignal) => Promise<RenderedBrief>): { jobId: string };
  get(jobId: string): BriefExportJob;
  /** The finished file; refused while the job runs or after it failed. */
  file(jobId: string): { fileName: string; mimeType: string; bytes: Uint8Array };
  /**
   * Refuses new exports, asks the running ones to stop at their next step, and resolves once each
   * has settled, so the store closes under none (an export reads clip bodies until its last step).
   */
  close(): Promise<void>;
}

export interface BriefExportLimits {
  maxRunning: number;
  keepFinishedMs: number;
  maxFinished: number;
}

export const DEFAULT_BRIEF_EXPORT_LIMITS: BriefExportLimits = { maxRunning: 2, keepFinishedMs: 15 * 60_000, maxFinished: 20 };

interface Entry {
  job: BriefExportJob;
  controller: AbortController;
  rendered?: RenderedBrief;
  settled: Promise<void>;
  finishedAt?: number;
}

function errorOf(error: unknown): { code: string; message: string } {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  return { code: 'internal', message: 'Something went wrong inside the app and the brief was not made. The details are in the log.' };
}

export function createBriefExportJobs(
  options: { limits?: Partial<BriefExportLimits>; clock?: () => number; onInternalError?: (error: unknown) => void } = {},
): BriefExportJobs {
  const limits = { ...DEFAULT_BRIEF_EXPORT_LIMITS, ...options.limits };
  const clock = options.clock ?? Date.now;
  const jobs = new Map<string, Entry>();
  let closed = false;

  function sweep(): void {
    const now = clock();
    const finished = [...jobs.values()].filter((entry) => entry.finishedAt !== undefined);
    for (const entry of finished) if (now - entry.finishedAt! >= limits.keepFinishedMs) jobs.delete(entry.job.jobId);
    const left = finished.filter((entry) => jobs.has(entry.job.jobId));
    for (const entry of left.slice(0, Math.max(0, left.length - limits.maxFinished))) jobs.delete(entry.job.jobId);
  }

  function entryOf(jobId: string): Entry {
    sweep();
    const entry = jobs.get(jobId);
    if (!entry) throw new AppError('not_found', 'That export is no longer kept: it finished a while ago or the app was restarted. Export the brief again.');
    return entry;
  }

  return {
    start(format, work) {
      if (closed) throw new AppError('conflict', 'The notebook is closing, so no brief can be exported. Open it again to export.');
      sweep();
      const running = [...jobs.values()].filter((entry) => entry.job.state === 'running').length;
      if (running >= limits.maxRunning) {
        throw new AppError('conflict', `${running} exports are already running. Wait for one to finish, then export again.`);
      }
      const jobId = newId();
      const entry: Entry = { job: { jobId, format, state: 'running', step: 'Starting' }, controller: new AbortController(), settled: Promise.resolve() };
      jobs.set(jobId, entry);
      entry.settled = (async () => {
        try {
          const rendered = await work((step) => {
            entry.job = { ...entry.job, step };
          }, entry.controller.signal);
          entry.rendered = rendered;
          entry.job = {
            ...entry.job,
            state: 'done',
            step: 'Done',
            fileName: rendered.fileName,
            mimeType: rendered.mimeType,
            byteLength: rendered.bytes.byteLength,
            warnings: rendered.model.warnings,
          };
        } catch (error) {
          if (!(error instanceof AppError)) options.onInternalError?.(error);
          entry.job = { ...entry.job, state: 'failed', error: errorOf(error) };
        } finally {
          entry.finishedAt = clock();
        }
      })();
      return { jobId };
    },
    get: (jobId) => ({ ...entryOf(jobId).job }),
    file(jobId) {
      const entry = entryOf(jobId);
      if (entry.job.state === 'running') throw new AppError('conflict', 'The brief is still being made. Wait until the export says it is done.');
      if (!entry.rendered) throw new AppError('conflict', `That export failed, so there is no file: ${entry.job.error?.message ?? ''}`.trim());
      return { fileName: entry.rendered.fileName, mimeType: entry.rendered.mimeType, bytes: entry.rendered.bytes };
    },
    async close() {
      closed = true;
      const running = [...jobs.values()].filter((entry) => entry.job.state === 'running');
      for (const entry of running) entry.controller.abort();
      await Promise.all(running.map((entry) => entry.settled));
    },
  };
}
