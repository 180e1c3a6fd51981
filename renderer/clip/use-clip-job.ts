import { useCallback, useEffect, useRef, useState } from 'react';
import type { Clip } from '../../shared/domain/entities';
import type { ClipJobProgress } from '../../shared/api/views';
import { call, errorMessage } from '../client/call';
import { useRefreshLibrary } from '../client/queries';
import { asNewVersion, followClipJob, runClipJob, type ClipRequest } from './clip-job';

/** Where the dialog's capture stands. Errors keep the request, so the reporter can fix the input and retry. */
export type ClipPhase =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'running'; progress: ClipJobProgress | null; cancelling: boolean }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' }
  /** `request` is null for a job the page did not start (the desktop's Import file…): no new version is offered. */
  | { kind: 'duplicate'; clip: Clip; request: ClipRequest | null };

/** What to capture: a request, one built by reading a file first, or a job already started elsewhere. */
export type ClipSource = ClipRequest | (() => Promise<ClipRequest>) | { follow: string };

const calls = {
  startClip: (input: ClipRequest) => call('startClip', input),
  getClipJob: (input: { jobId: string }) => call('getClipJob', input),
};

/**
 * One capture at a time for the Clip dialog: start, follow, cancel. A clip that was already in the
 * notebook is opened and reported as a duplicate, with the request kept for "Clip as a new version".
 * Unmounting (the dialog closed) stops following and cancels a capture still running, so a closed
 * dialog never leaves work behind.
 */
export function useClipJob(onOpened: (clip: Clip, duplicate: boolean) => void) {
  const [phase, setPhase] = useState<ClipPhase>({ kind: 'idle' });
  const following = useRef<AbortController | null>(null);
  const jobId = useRef<string | null>(null);
  const refreshLibrary = useRefreshLibrary();
  const latest = useRef({ onOpened, refreshLibrary });
  useEffect(() => {
    latest.current = { onOpened, refreshLibrary };
  });

  const cancelRunning = useCallback(() => {
    const id = jobId.current;
    jobId.current = null;
    if (id) void call('cancelClipJob', { jobId: id }).catch(() => undefined);
  }, []);

  useEffect(
    () => () => {
      following.current?.abort();
      cancelRunning();
    },
    [cancelRunning],
  );

  /** Starts a capture; `build` may read a file first (the "reading" phase), or name a job to follow. */
  const start = useCallback(async (build: ClipSource) => {
    following.current?.abort();
    const controller = new AbortController();
    following.current = controller;
    jobId.current = null;
    try {
      let request: ClipRequest | null;
      if (typeof build === 'function') {
        setPhase({ kind: 'reading' });
        request = await build();
      } else {
        request = 'follow' in build ? null : build;
      }
      if (controller.signal.aborted) return;
      setPhase({ kind: 'running', progress: null, cancelling: false });
      const options = {
        signal: controller.signal,
        // A job that started after the reporter cancelled or closed the dialog is cancelled at once.
        onStarted: (id: string) => {
          if (controller.signal.aborted) void call('cancelClipJob', { jobId: id }).catch(() => undefined);
          else jobId.current = id;
        },
        onProgress: (progress: ClipJobProgress | null) => setPhase((p) => (p.kind === 'running' ? { ...p, progress } : p)),
      };
      const job = request ? await runClipJob(calls, request, options) : await followClipJob(calls, (build as { follow: string }).follow, options);
      if (job === null || controller.signal.aborted) return;
      jobId.current = null;
      if (job.state === 'done' && job.result) {
        await latest.current.refreshLibrary();
        if (job.result.duplicate) setPhase({ kind: 'duplicate', clip: job.result.clip, request });
        else setPhase({ kind: 'idle' });
        latest.current.onOpened(job.result.clip, job.result.duplicate);
      } else if (job.state === 'cancelled') {
        setPhase({ kind: 'cancelled' });
      } else {
        setPhase({ kind: 'failed', message: job.error?.message ?? 'The clip could not be made. Try again.' });
      }
    } catch (error) {
      if (!controller.signal.aborted) setPhase({ kind: 'failed', message: errorMessage(error) });
    }
  }, []);

  const cancel = useCallback(() => {
    const id = jobId.current;
    if (!id) {
      // Still reading the file, or the job has not answered yet: stop here, nothing was sent to be saved.
      following.current?.abort();
      setPhase({ kind: 'cancelled' });
      return;
    }
    setPhase((p) => (p.kind === 'running' ? { ...p, cancelling: true } : p));
    call('cancelClipJob', { jobId: id }).catch((error: unknown) => setPhase({ kind: 'failed', message: errorMessage(error) }));
  }, []);

  const newVersion = useCallback(() => {
    if (phase.kind === 'duplicate' && phase.request) void start(asNewVersion(phase.request));
  }, [phase, start]);

  const busy = phase.kind === 'reading' || phase.kind === 'running';
  return { phase, busy, start, cancel, newVersion };
}
