import type { MethodInput } from '../../shared/api/contract';
import type { ClipJob, ClipJobProgress } from '../../shared/api/views';

/**
 * Runs one capture as a job: start it, then ask how it stands every ~200 ms until it is done, failed
 * or cancelled. Polling works the same over IPC and HTTP, so the app needs no push channel. The calls
 * are injected so the loop is tested without a server or real time.
 */

export type ClipRequest = MethodInput<'startClip'>;

export interface ClipJobCalls {
  startClip(input: ClipRequest): Promise<{ jobId: string }>;
  getClipJob(input: { jobId: string }): Promise<ClipJob>;
}

export interface RunOptions {
  onStarted?: (jobId: string) => void;
  onProgress?: (progress: ClipJobProgress | null) => void;
  /** Stops polling (the dialog closed); cancelling the job itself is cancelClipJob's business. */
  signal?: AbortSignal;
  intervalMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export const POLL_INTERVAL_MS = 200;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves with the job as it ended (done, failed or cancelled), or null when polling was stopped. */
export async function runClipJob(calls: ClipJobCalls, request: ClipRequest, options: RunOptions = {}): Promise<ClipJob | null> {
  const { jobId } = await calls.startClip(request);
  return followClipJob(calls, jobId, options);
}

/** Follows a job someone else started (the desktop app's File > Import file…), the same way. */
export async function followClipJob(calls: Pick<ClipJobCalls, 'getClipJob'>, jobId: string, options: RunOptions = {}): Promise<ClipJob | null> {
  const { onStarted, onProgress, signal, intervalMs = POLL_INTERVAL_MS, sleep = realSleep } = options;
  onStarted?.(jobId);
  for (;;) {
    if (signal?.aborted) return null;
    const job = await calls.getClipJob({ jobId });
    if (signal?.aborted) return null;
    if (job.state !== 'running') return job;
    onProgress?.(job.progress);
    await sleep(intervalMs);
  }
}

/** The same request again, asking for a new version beside the clip it duplicates. */
export function asNewVersion(request: ClipRequest): ClipRequest {
  switch (request.kind) {
    case 'url':
      return { kind: 'url', request: { ...request.request, newVersion: true } };
    case 'file':
      return { kind: 'file', request: { ...request.request, newVersion: true } };
    case 'paste':
      return { kind: 'paste', request: { ...request.request, newVersion: true } };
  }
}

/** What the dialog gives each of its tabs (URL, file, paste). */
export interface ClipTabProps {
  active: boolean;
  busy: boolean;
  /** Shown beside the field when the last capture of this tab failed. */
  errorId: string | undefined;
  onClip: (request: ClipRequest) => void;
  onProblem: (message: string) => void;
}
