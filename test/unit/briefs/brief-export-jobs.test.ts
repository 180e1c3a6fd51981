import { describe, expect, it } from 'vitest';
import { createBriefExportJobs } from '../../../main/briefs/brief-export-jobs';
import type { RenderedBrief } from '../../../main/briefs/render-brief';
import { AppError } from '../../../shared/api/result';

const rendered = { bytes: new Uint8Array([1, 2, 3]), fileName: 'brief.md', mimeType: 'text/markdown', model: { warnings: [] } } as unknown as RenderedBrief;

describe('brief export jobs, when the notebook closes', () => {
  it('asks a running export to stop, waits for it, and refuses new ones', async () => {
    const jobs = createBriefExportJobs();
    let release!: () => void;
    let sawAbort = false;
    const { jobId } = jobs.start('pdf', async (onProgress, signal) => {
      onProgress('Printing the PDF');
      signal.addEventListener('abort', () => (sawAbort = true));
      await new Promise<void>((resolve) => (release = resolve));
      if (signal.aborted) throw new AppError('conflict', 'The notebook was closed before the brief was made.');
      return rendered;
    });

    let closed = false;
    const closing = jobs.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Still printing: close waits rather than let the store shut under it.
    expect(closed).toBe(false);
    expect(sawAbort).toBe(true);
    expect(() => jobs.start('md', async () => rendered)).toThrow('The notebook is closing, so no brief can be exported.');

    release();
    await closing;
    expect(jobs.get(jobId)).toMatchObject({ state: 'failed', error: { code: 'conflict', message: expect.stringContaining('closed before the brief was made') } });
  });

  it('closes at once when nothing runs, keeping finished files until then', async () => {
    const jobs = createBriefExportJobs();
    const { jobId } = jobs.start('md', async () => rendered);
    await expect.poll(() => jobs.get(jobId).state).toBe('done');
    await expect(jobs.close()).resolves.toBeUndefined();
    expect(jobs.file(jobId).fileName).toBe('brief.md');
  });
});
