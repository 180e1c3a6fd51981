import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput } from '../../shared/api/contract';
import type { BriefExportJob } from '../../shared/api/brief-views';
import { call, errorMessage } from '../client/call';
import { downloadFile } from './download-file';

export type BriefExportState =
  | { phase: 'idle' }
  | { phase: 'running'; step: string }
  | { phase: 'finished'; message: string; fileName: string; path?: string; warnings: string[] }
  | { phase: 'failed'; message: string };

const POLL_MS = 250;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One export at a time from the dialog: start it, poll its steps, then save it through the host
 * (Electron's save dialog) or, where the host has none, download it. Ends with a message naming the file.
 */
export function useBriefExport() {
  const [state, setState] = useState<BriefExportState>({ phase: 'idle' });
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const run = useCallback(async (input: MethodInput<'startBriefExport'>) => {
    setState({ phase: 'running', step: 'Starting' });
    try {
      const { jobId } = await call('startBriefExport', input);
      let job: BriefExportJob = await call('getBriefExportJob', { jobId });
      while (job.state === 'running' && alive.current) {
        setState({ phase: 'running', step: job.step });
        await wait(POLL_MS);
        job = await call('getBriefExportJob', { jobId });
      }
      if (!alive.current) return;
      if (job.state === 'failed') {
        setState({ phase: 'failed', message: job.error?.message ?? 'The brief could not be made.' });
        return;
      }
      const fileName = job.fileName ?? 'brief';
      // The export's own warnings (a ClaimReview without the organization's URL), in the words the CLI prints.
      const warnings = job.warnings ?? [];
      const saved = await call('saveBriefExport', { jobId });
      if (saved.saved) {
        setState({ phase: 'finished', fileName, path: saved.path, warnings, message: `Saved “${fileName}” to ${saved.path}.` });
      } else if (saved.reason === 'cancelled') {
        setState({ phase: 'failed', message: `“${fileName}” was not saved: the save was cancelled. Export again to save it.` });
      } else {
        downloadFile(await call('getBriefExportFile', { jobId }));
        setState({ phase: 'finished', fileName, warnings, message: `Downloaded “${fileName}”. Your browser put it in its downloads folder.` });
      }
    } catch (error) {
      if (alive.current) setState({ phase: 'failed', message: errorMessage(error) });
    }
  }, []);

  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, run, reset };
}
