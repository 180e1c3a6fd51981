import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../main/api/dispatch';
import { ClipCancelledError } from '../../../main/clipper/fetch/fetch-errors';
import type { ClipStages } from '../../../main/clipper/pipeline/clip-stages';
import { createClipJobRegistry, type ClipJobRegistry } from '../../../main/services/clip-jobs';
import { createHandlers } from '../../../main/services/handlers';
import { AppError, type ApiResult } from '../../../shared/api/result';
import type { AddClipResult, ClipJob, ClipJobProgress } from '../../../shared/api/views';
import { createFixture } from '../clipper/pipeline/fake-stages';

/**
 * Background clips as the UI drives them, through the real dispatcher and pipeline: startClip, poll
 * getClipJob, maybe cancelClipJob. The stages are fakes that stop at gates the test opens, so each
 * poll sees exactly where the clip is.
 */

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/** Waits until `check` passes, polling like the UI does (but faster). */
async function until<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await read();
    if (check(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  throw new Error('the job never got there');
}

let registries: ClipJobRegistry[] = [];
afterEach(async () => {
  await Promise.all(registries.map((jobs) => jobs.close()));
  registries = [];
});

function setup(overrides: Partial<ClipStages> = {}, jobs: ClipJobRegistry = createClipJobRegistry()) {
  registries.push(jobs);
  const fixture = createFixture(overrides);
  const dispatch = createDispatcher(createHandlers(fixture.store, fixture.ctx.now, { stages: fixture.stages, jobs }));
  async function value<T>(method: string, input: unknown): Promise<T> {
    const result = (await dispatch(method, input)) as ApiResult<T>;
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  }
  const job = (jobId: string) => value<ClipJob>('getClipJob', { jobId });
  const startUrl = (url = 'https://gazette.example/depot') => value<{ jobId: string }>('startClip', { kind: 'url', request: { url } });
  return { ...fixture, dispatch, value, job, startUrl };
}

/** A fetch that ignores nothing: it stops when the job is cancelled, the way the real fetch does. */
function abortable(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    if (signal?.aborted) reject(new ClipCancelledError());
    signal?.addEventListener('abort', () => reject(new ClipCancelledError()), { once: true });
  });
}

describe('a clip started in the background', () => {
  it('reports fetch, extract, images n/m and save in order, then the clip', async () => {
    const fetched = gate();
    const extracted = gate();
    const imaged = gate();
    const base = createFixture().stages;
    const { startUrl, job, store } = setup({
      fetchPage: async (url, options) => {
        options.onProgress?.({ stage: 'fetch', receivedBytes: 4096, totalBytes: 8192 });
        await fetched.opened;
        return base.fetchPage(url, options);
      },
      extractArticle: async (html, options) => {
        await extracted.opened;
        return base.extractArticle(html, options);
      },
      captureImages: async (urls, options) => {
        options.onProgress?.({ stage: 'images', done: 1, total: 2 });
        await imaged.opened;
        return base.captureImages(urls, options);
      },
    });
    const { jobId } = await startUrl();
    const seen: ClipJobProgress[] = [];
    const see = async (check: (progress: ClipJobProgress | null) => boolean) => {
      const current = await until(() => job(jobId), (value) => check(value.progress));
      expect(current.state).toBe('running');
      seen.push(current.progress!);
    };
    await see((p) => p?.stage === 'fetch' && p.receivedBytes === 4096);
    fetched.open();
    await see((p) => p?.stage === 'extract');
    expect(store.commits).toEqual([]);
    extracted.open();
    await see((p) => p?.stage === 'images' && p.done === 1);
    imaged.open();
    const done = await until(() => job(jobId), (value) => value.state !== 'running');

    expect(seen).toEqual([
      { stage: 'fetch', receivedBytes: 4096, totalBytes: 8192 },
      { stage: 'extract' },
      { stage: 'images', done: 1, total: 2 },
    ]);
    expect(done.state).toBe('done');
    expect(done.progress).toEqual({ stage: 'save' });
    expect(done.result?.duplicate).toBe(false);
    expect(done.result?.clip.title).toBe('Depot to close');
    expect(store.data.clips[done.result!.clip.id]).toEqual(done.result!.clip);
  });

  it('clips a paste and a file the same way', async () => {
    const { value, job } = setup();
    const paste = await value<{ jobId: string }>('startClip', { kind: 'paste', request: { text: 'The council will close the depot.' } });
    const file = await value<{ jobId: string }>('startClip', {
      kind: 'file',
      request: { name: 'notes.txt', dataBase64: Buffer.from('Depot notes').toString('base64') },
    });
    const pasted = await until(() => job(paste.jobId), (j) => j.state !== 'running');
    const imported = await until(() => job(file.jobId), (j) => j.state !== 'running');
    expect(pasted.state).toBe('done');
    expect(pasted.result?.clip.capture.method).toBe('paste');
    expect(imported).toMatchObject({ state: 'done', result: { clip: { capture: { method: 'file', origin: 'notes.txt' } } } });
  });

  it('fails with the stage’s own message, and writes nothing', async () => {
    const { startUrl, job, store } = setup({
      fetchPage: async () => {
        throw new AppError('io_error', 'You appear to be offline. Check the connection, then try again.');
      },
    });
    const { jobId } = await startUrl();
    const failed = await until(() => job(jobId), (j) => j.state !== 'running');
    expect(failed).toEqual({
      jobId,
      state: 'failed',
      progress: { stage: 'fetch', receivedBytes: 0 },
      error: { code: 'io_error', message: 'You appear to be offline. Check the connection, then try again.' },
    });
    expect(store.commits).toEqual([]);
    expect(store.bodies.size).toBe(0);
  });

  it('hides an unexpected failure behind a plain message, and logs it', async () => {
    const logged: unknown[] = [];
    const { startUrl, job } = setup(
      {
        extractArticle: () => {
          throw new TypeError('secret/internal/path is undefined');
        },
      },
      createClipJobRegistry({ onInternalError: (error) => logged.push(error) }),
    );
    const { jobId } = await startUrl();
    const failed = await until(() => job(jobId), (j) => j.state !== 'running');
    expect(failed.state).toBe('failed');
    expect(failed.error?.code).toBe('internal');
    expect(failed.error?.message).toMatch(/did not finish/);
    expect(JSON.stringify(failed)).not.toContain('secret');
    expect(logged).toHaveLength(1);
  });

  it('cancelled mid-fetch, stops and writes nothing', async () => {
    const { startUrl, job, value, store, log } = setup({
      fetchPage: (_url, options) => {
        options.onProgress?.({ stage: 'fetch', receivedBytes: 100 });
        return abortable(options.signal);
      },
    });
    const { jobId } = await startUrl();
    await until(() => job(jobId), (j) => j.progress?.stage === 'fetch' && j.progress.receivedBytes === 100);
    expect(await value('cancelClipJob', { jobId })).toEqual({ cancelled: true });
    const cancelled = await until(() => job(jobId), (j) => j.state !== 'running');
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.error).toBeUndefined();
    expect(cancelled.result).toBeUndefined();
    expect(store.commits).toEqual([]);
    expect(store.bodies.size).toBe(0);
    expect(log.filter((line) => /extract|images|writeAssets|putBody|commit/.test(line))).toEqual([]);
    // Too late to cancel twice.
    expect(await value('cancelClipJob', { jobId })).toEqual({ cancelled: false });
  });

  it('a cancel that lands while a stage ignores it still stops the clip before the save', async () => {
    const extracting = gate();
    const base = createFixture().stages;
    const { startUrl, job, value, store } = setup({
      extractArticle: async (html, options) => {
        await extracting.opened;
        return base.extractArticle(html, options);
      },
    });
    const { jobId } = await startUrl();
    await until(() => job(jobId), (j) => j.progress?.stage === 'extract');
    expect(await value('cancelClipJob', { jobId })).toEqual({ cancelled: true });
    extracting.open();
    expect((await until(() => job(jobId), (j) => j.state !== 'running')).state).toBe('cancelled');
    expect(store.commits).toEqual([]);
    expect(store.bodies.size).toBe(0);
  });

  it('answers an unknown job with not_found and a message saying where to look', async () => {
    const { dispatch } = setup();
    expect(await dispatch('getClipJob', { jobId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/no longer being tracked.*library/) },
    });
    expect(await dispatch('cancelClipJob', { jobId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('runs at most three at once, and refuses a fourth until one finishes', async () => {
    const { startUrl, dispatch, value, job } = setup({ fetchPage: (_url, options) => abortable(options.signal) });
    const first = await startUrl('https://gazette.example/1');
    await startUrl('https://gazette.example/2');
    await startUrl('https://gazette.example/3');
    expect(await dispatch('startClip', { kind: 'url', request: { url: 'https://gazette.example/4' } })).toEqual({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/Wait for a clip in progress to finish/) },
    });
    await value('cancelClipJob', first);
    await until(() => job(first.jobId), (j) => j.state === 'cancelled');
    expect(await startUrl('https://gazette.example/4')).toMatchObject({ jobId: expect.any(String) });
  });

  it('closing cancels what still runs, waits for it, and then refuses new clips', async () => {
    const { startUrl, job, store } = setup({ fetchPage: (_url, options) => abortable(options.signal) });
    const jobs = registries[0]!;
    const { jobId } = await startUrl();
    await until(() => job(jobId), (j) => j.progress !== null);
    await jobs.close();
    expect(jobs.get(jobId).state).toBe('cancelled');
    expect(store.commits).toEqual([]);
    expect(() => jobs.start(async () => ({}) as AddClipResult)).toThrow(/notebook is closing/);
  });
});

describe('finished jobs', () => {
  const result = { clip: { id: 'c' }, duplicate: false } as unknown as AddClipResult;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('are forgotten ten minutes after they finish', async () => {
    let now = 0;
    const jobs = createClipJobRegistry({ clock: () => now });
    registries.push(jobs);
    const { jobId } = jobs.start(async () => result);
    await settle();
    now += 9 * 60_000;
    expect(jobs.get(jobId)).toMatchObject({ state: 'done', result });
    now += 60_000;
    expect(() => jobs.get(jobId)).toThrow(/no longer being tracked/);
  });

  it('are kept a hundred at most, the oldest forgotten first; a running one is never forgotten', async () => {
    const jobs = createClipJobRegistry({ clock: () => 0 });
    registries.push(jobs);
    const running = gate();
    const slow = jobs.start(async () => {
      await running.opened;
      return result;
    });
    const ids: string[] = [];
    for (let i = 0; i < 101; i++) {
      ids.push(jobs.start(async () => result).jobId);
      await settle();
    }
    expect(() => jobs.get(ids[0]!)).toThrow(/no longer being tracked/);
    expect(jobs.get(ids[1]!).state).toBe('done');
    expect(jobs.get(ids[100]!).state).toBe('done');
    expect(jobs.get(slow.jobId).state).toBe('running');
    running.open();
  });

  it('keep only the latest progress, copied so a stage cannot change it afterwards', async () => {
    const jobs = createClipJobRegistry();
    registries.push(jobs);
    const reported = { stage: 'images' as const, done: 1, total: 3 };
    const hold = gate();
    const { jobId } = jobs.start(async ({ onProgress }) => {
      onProgress({ stage: 'extract' });
      onProgress(reported);
      reported.done = 99;
      await hold.opened;
      return result;
    });
    await settle();
    expect(jobs.get(jobId).progress).toEqual({ stage: 'images', done: 1, total: 3 });
    hold.open();
  });
});
