import { describe, expect, it, vi } from 'vitest';
import type { ClipJob } from '../../../shared/api/views';
import { asNewVersion, runClipJob, type ClipJobCalls } from '../../../renderer/clip/clip-job';

const JOB = '01J0000000000000000000000A';

function scripted(states: ClipJob[]): ClipJobCalls & { polls: number } {
  let i = 0;
  const calls = {
    polls: 0,
    startClip: vi.fn(async () => ({ jobId: JOB })),
    getClipJob: vi.fn(async ({ jobId }: { jobId: string }) => {
      expect(jobId).toBe(JOB);
      calls.polls++;
      return states[Math.min(i++, states.length - 1)]!;
    }),
  };
  return calls;
}

const running = (progress: ClipJob['progress']): ClipJob => ({ jobId: JOB, state: 'running', progress });

describe('runClipJob', () => {
  it('reports every stage it sees and resolves with the finished job', async () => {
    const done: ClipJob = { jobId: JOB, state: 'done', progress: { stage: 'save' }, result: { duplicate: false } as never };
    const calls = scripted([running(null), running({ stage: 'fetch', receivedBytes: 10 }), running({ stage: 'images', done: 1, total: 2 }), done]);
    const seen: unknown[] = [];
    const sleep = vi.fn(async () => {});
    const started = vi.fn();
    const job = await runClipJob(calls, { kind: 'url', request: { url: 'http://127.0.0.1/a' } }, { onProgress: (p) => seen.push(p), sleep, onStarted: started });
    expect(job).toBe(done);
    expect(started).toHaveBeenCalledWith(JOB);
    expect(seen).toEqual([null, { stage: 'fetch', receivedBytes: 10 }, { stage: 'images', done: 1, total: 2 }]);
    expect(sleep).toHaveBeenCalledTimes(3);
    expect(sleep).toHaveBeenCalledWith(200);
  });

  it('returns a failed job with its message', async () => {
    const failed: ClipJob = { jobId: JOB, state: 'failed', progress: null, error: { code: 'not_found', message: 'The site answered 404 Not Found.' } };
    const job = await runClipJob(scripted([failed]), { kind: 'url', request: { url: 'http://127.0.0.1/a' } }, { sleep: async () => {} });
    expect(job?.error?.message).toBe('The site answered 404 Not Found.');
  });

  it('stops polling once its signal is aborted', async () => {
    const controller = new AbortController();
    const calls = scripted([running(null)]);
    const sleep = async () => {
      if (calls.polls === 2) controller.abort();
    };
    const job = await runClipJob(calls, { kind: 'paste', request: { text: 'x' } }, { sleep, signal: controller.signal });
    expect(job).toBeNull();
    expect(calls.polls).toBe(2);
  });

  it('passes a start failure to the caller', async () => {
    const calls: ClipJobCalls = { startClip: async () => Promise.reject(new Error('Please check the input: url is not a web address')), getClipJob: vi.fn() };
    await expect(runClipJob(calls, { kind: 'url', request: { url: 'x' } })).rejects.toThrow('not a web address');
    expect(calls.getClipJob).not.toHaveBeenCalled();
  });
});

describe('asNewVersion', () => {
  it('asks for a new version and keeps everything else', () => {
    expect(asNewVersion({ kind: 'url', request: { url: 'https://example.org/a', title: 'T' } })).toEqual({ kind: 'url', request: { url: 'https://example.org/a', title: 'T', newVersion: true } });
    expect(asNewVersion({ kind: 'file', request: { name: 'a.pdf', dataBase64: 'AA==' } }).request).toMatchObject({ name: 'a.pdf', newVersion: true });
    expect(asNewVersion({ kind: 'paste', request: { text: 'x' } }).request).toEqual({ text: 'x', newVersion: true });
  });
});
