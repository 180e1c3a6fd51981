import type { AddClipResult, ClipJob, ClipJobProgress } from '../../shared/api/views';
import { ClipCancelledError } from '../clipper/fetch/fetch-errors';
import type { ClipProgress } from '../clipper/clipper-types';
import { createJobRegistry, type JobLimits } from './job-registry';

/**
 * Clips running in the background, for the UI: it starts one, polls for progress (fetch, extract,
 * images n/m, save) and may cancel it. A thin wrapper over the generic job registry: the pipeline
 * writes the clip itself, and nothing when it fails or is cancelled.
 */

/** The work of one job: the pipeline, given the job's signal and progress listener. */
export type ClipJobWork = (run: { signal: AbortSignal; onProgress: (progress: ClipProgress) => void }) => Promise<AddClipResult>;

export type ClipJobLimits = JobLimits;

export const DEFAULT_CLIP_JOB_LIMITS: ClipJobLimits = { maxRunning: 3, keepFinishedMs: 10 * 60_000, maxFinished: 100 };

export interface ClipJobRegistry {
  start(work: ClipJobWork): { jobId: string };
  get(jobId: string): ClipJob;
  /** Asks a running job to stop; `cancelled` is false when it had already finished. */
  cancel(jobId: string): { cancelled: boolean };
  /** Cancels every running job and resolves once each has stopped, so the store can close under none. */
  close(): Promise<void>;
}

export function createClipJobRegistry(
  options: { limits?: Partial<ClipJobLimits>; clock?: () => number; onInternalError?: (error: unknown) => void } = {},
): ClipJobRegistry {
  const registry = createJobRegistry<AddClipResult, ClipJobProgress | null>({
    limits: { ...DEFAULT_CLIP_JOB_LIMITS, ...options.limits },
    clock: options.clock,
    onInternalError: options.onInternalError,
    isCancellation: (error) => error instanceof ClipCancelledError,
    messages: {
      closing: 'The notebook is closing, so no new clip can start. Open it again to clip.',
      busy: (running) => `${running} clips are already in progress. Wait for a clip in progress to finish, then try again.`,
      notFound:
        'That clip is no longer being tracked: it finished a while ago or the app was restarted. Look for it in the library, or clip it again.',
      internal: 'Something went wrong inside the app and the clip did not finish. The details are in the log.',
    },
  });
  return {
    // Progress is copied, so a stage cannot change what a poll sees after reporting it.
    start: (work) => registry.start(null, ({ signal, onProgress }) => work({ signal, onProgress: (progress) => onProgress({ ...progress } as ClipJobProgress) })),
    get: (jobId) => registry.get(jobId),
    cancel: (jobId) => registry.cancel(jobId),
    close: () => registry.close(),
  };
}
