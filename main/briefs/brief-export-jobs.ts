import { AppError } from '../../shared/api/result';
import type { BriefExportJob } from '../../shared/api/brief-views';
import type { BriefFormat } from '../../shared/domain/brief-formats';
import { createJobRegistry, type JobLimits, type JobSnapshot } from '../services/job-registry';
import type { RenderedBrief } from './render-brief';

/**
 * Brief exports running in the background, so a slow format (PDF, Word, a bundle) shows its steps
 * and never holds up the UI. A thin wrapper over the generic job registry, polled like clip jobs. The
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

export type BriefExportLimits = JobLimits;

export const DEFAULT_BRIEF_EXPORT_LIMITS: BriefExportLimits = { maxRunning: 2, keepFinishedMs: 15 * 60_000, maxFinished: 20 };

/** The step under way, with the format the job was started for (a poll shows both). */
interface ExportProgress {
  format: BriefFormat;
  step: string;
}

/** What the UI sees of a job: its step in words, and once done the file's name, type, size and warnings. */
function viewOf(job: JobSnapshot<RenderedBrief, ExportProgress>): BriefExportJob {
  const { format, step } = job.progress;
  if (job.state === 'running') return { jobId: job.jobId, format, state: 'running', step };
  if (job.state === 'done' && job.result) {
    const { fileName, mimeType, bytes, model } = job.result;
    return { jobId: job.jobId, format, state: 'done', step: 'Done', fileName, mimeType, byteLength: bytes.byteLength, warnings: model.warnings };
  }
  // No export is ever cancelled on its own: one stopped by close fails with the work's own message.
  return { jobId: job.jobId, format, state: 'failed', step, ...(job.error ? { error: job.error } : {}) };
}

export function createBriefExportJobs(
  options: { limits?: Partial<BriefExportLimits>; clock?: () => number; onInternalError?: (error: unknown) => void } = {},
): BriefExportJobs {
  const registry = createJobRegistry<RenderedBrief, ExportProgress>({
    limits: { ...DEFAULT_BRIEF_EXPORT_LIMITS, ...options.limits },
    clock: options.clock,
    onInternalError: options.onInternalError,
    messages: {
      closing: 'The notebook is closing, so no brief can be exported. Open it again to export.',
      busy: (running) => `${running} exports are already running. Wait for one to finish, then export again.`,
      notFound: 'That export is no longer kept: it finished a while ago or the app was restarted. Export the brief again.',
      internal: 'Something went wrong inside the app and the brief was not made. The details are in the log.',
    },
  });
  return {
    start: (format, work) =>
      registry.start({ format, step: 'Starting' }, ({ signal, onProgress }) => work((step) => onProgress({ format, step }), signal)),
    get: (jobId) => viewOf(registry.get(jobId)),
    file(jobId) {
      const job = registry.get(jobId);
      if (job.state === 'running') throw new AppError('conflict', 'The brief is still being made. Wait until the export says it is done.');
      if (!job.result) throw new AppError('conflict', `That export failed, so there is no file: ${job.error?.message ?? ''}`.trim());
      return { fileName: job.result.fileName, mimeType: job.result.mimeType, bytes: job.result.bytes };
    },
    close: () => registry.close(),
  };
}
