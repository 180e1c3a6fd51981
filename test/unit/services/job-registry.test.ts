import { afterEach, describe, expect, it } from 'vitest';
import { createJobRegistry, type JobRegistry, type JobRegistryOptions } from '../../../main/services/job-registry';
import { AppError } from '../../../shared/api/result';

/**
 * The one registry behind clip jobs and brief exports, driven directly with small jobs the test holds
 * open, so every poll sees exactly where a job is.
 */

class Stopped extends Error {}

const messages: JobRegistryOptions['messages'] = {
  closing: 'Closing: nothing new starts.',
  busy: (running) => `${running} jobs already run.`,
  notFound: 'No such job any more.',
  internal: 'Something broke; see the log.',
};

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/** Work that waits for its signal and then stops the way the clip pipeline does. */
function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Stopped()), { once: true }));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let registries: JobRegistry<unknown, unknown>[] = [];
afterEach(async () => {
  await Promise.all(registries.map((jobs) => jobs.close()));
  registries = [];
});

function make<R = string, P = string>(overrides: Partial<JobRegistryOptions> = {}): JobRegistry<R, P> {
  const jobs = createJobRegistry<R, P>({
    limits: { maxRunning: 2, keepFinishedMs: 1000, maxFinished: 3 },
    messages,
    isCancellation: (error) => error instanceof Stopped,
    ...overrides,
  });
  registries.push(jobs as JobRegistry<unknown, unknown>);
  return jobs;
}

describe('a job', () => {
  it('shows its initial progress, then the latest one reported, then its result', async () => {
    const jobs = make();
    const step = gate();
    const { jobId } = jobs.start('queued', async ({ onProgress }) => {
      onProgress('reading');
      await step.opened;
      onProgress('writing');
      return 'the result';
    });
    expect(jobs.get(jobId)).toEqual({ jobId, state: 'running', progress: 'reading' });
    step.open();
    await settle();
    expect(jobs.get(jobId)).toEqual({ jobId, state: 'done', progress: 'writing', result: 'the result' });
  });

  it('starts with its initial progress when it reports none', () => {
    const jobs = make();
    const { jobId } = jobs.start('queued', ({ signal }) => untilAborted(signal));
    expect(jobs.get(jobId).progress).toBe('queued');
  });

  it('fails with an AppError’s own code and message, and does not log it', async () => {
    const logged: unknown[] = [];
    const jobs = make({ onInternalError: (error) => logged.push(error) });
    const { jobId } = jobs.start('', async () => {
      throw new AppError('io_error', 'The disk is full. Free some space, then try again.');
    });
    await settle();
    expect(jobs.get(jobId)).toMatchObject({ state: 'failed', error: { code: 'io_error', message: 'The disk is full. Free some space, then try again.' } });
    expect(logged).toEqual([]);
  });

  it('hides any other failure behind the plain message, and hands the error to the log', async () => {
    const logged: unknown[] = [];
    const jobs = make({ onInternalError: (error) => logged.push(error) });
    const { jobId } = jobs.start('', async () => {
      throw new TypeError('secret/path is undefined');
    });
    await settle();
    expect(jobs.get(jobId).error).toEqual({ code: 'internal', message: 'Something broke; see the log.' });
    expect(JSON.stringify(jobs.get(jobId))).not.toContain('secret');
    expect(logged).toHaveLength(1);
  });

  it('that throws before its first await still reports through get, never through start', async () => {
    const jobs = make();
    const { jobId } = jobs.start('', () => {
      throw new AppError('invalid_input', 'That file is empty.');
    });
    await settle();
    expect(jobs.get(jobId)).toMatchObject({ state: 'failed', error: { message: 'That file is empty.' } });
  });

  it('cancelled, reads cancelled once its work stops, with neither result nor error; a second cancel is too late', async () => {
    const jobs = make();
    const { jobId } = jobs.start('', ({ signal }) => untilAborted(signal));
    expect(jobs.cancel(jobId)).toEqual({ cancelled: true });
    await settle();
    const job = jobs.get(jobId);
    expect(job.state).toBe('cancelled');
    expect(job).not.toHaveProperty('result');
    expect(job).not.toHaveProperty('error');
    expect(jobs.cancel(jobId)).toEqual({ cancelled: false });
  });

  it('stopped by its signal fails instead when the registry has no notion of cancelling', async () => {
    const jobs = make({ isCancellation: undefined });
    const { jobId } = jobs.start('', ({ signal }) => untilAborted(signal));
    jobs.cancel(jobId);
    await settle();
    expect(jobs.get(jobId)).toMatchObject({ state: 'failed', error: { code: 'internal' } });
  });

  it('unknown, is not_found with the registry’s own message', () => {
    const jobs = make();
    expect(() => jobs.get('nope')).toThrow('No such job any more.');
    expect(() => jobs.cancel('nope')).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});

describe('the registry', () => {
  it('runs at most maxRunning at once, refusing one more with its own message until a slot frees', async () => {
    const jobs = make();
    const first = jobs.start('', ({ signal }) => untilAborted(signal));
    jobs.start('', ({ signal }) => untilAborted(signal));
    expect(() => jobs.start('', async () => 'x')).toThrow('2 jobs already run.');
    jobs.cancel(first.jobId);
    await settle();
    expect(jobs.start('', async () => 'x')).toEqual({ jobId: expect.any(String) });
  });

  it('forgets a finished job keepFinishedMs after it finished, never a running one', async () => {
    let now = 0;
    const jobs = make({ clock: () => now });
    const done = jobs.start('', async () => 'x');
    const running = jobs.start('', ({ signal }) => untilAborted(signal));
    await settle();
    now = 999;
    expect(jobs.get(done.jobId).state).toBe('done');
    now = 1000;
    expect(() => jobs.get(done.jobId)).toThrow('No such job any more.');
    expect(jobs.get(running.jobId).state).toBe('running');
  });

  it('keeps maxFinished finished jobs at most, forgetting the oldest first', async () => {
    const jobs = make({ clock: () => 0 });
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      ids.push(jobs.start('', async () => `job ${i}`).jobId);
      await settle();
    }
    expect(() => jobs.get(ids[0]!)).toThrow('No such job any more.');
    expect(ids.slice(1).map((id) => jobs.get(id).result)).toEqual(['job 1', 'job 2', 'job 3']);
  });

  it('closing stops what runs, waits until it has settled, then refuses new jobs; finished ones stay readable', async () => {
    const jobs = make();
    const finished = jobs.start('', async () => 'kept');
    await settle();
    const release = gate();
    let sawAbort = false;
    const slow = jobs.start('', async ({ signal }) => {
      signal.addEventListener('abort', () => (sawAbort = true));
      await release.opened;
      throw new Stopped();
    });
    let closed = false;
    const closing = jobs.close().then(() => (closed = true));
    await settle();
    expect(sawAbort).toBe(true);
    expect(closed).toBe(false);
    expect(() => jobs.start('', async () => 'x')).toThrow('Closing: nothing new starts.');
    release.open();
    await closing;
    expect(jobs.get(slow.jobId).state).toBe('cancelled');
    expect(jobs.get(finished.jobId).result).toBe('kept');
  });
});
