import { describe, expect, it, vi } from 'vitest';
import type { AppCommand, AppCommandBatch } from '../../../../shared/api/app-views';
import { runCommandLoop } from '../../../../renderer/app/app-commands';
import { catchUncaughtErrors } from '../../../../renderer/app/report-errors';

describe('the page’s command loop', () => {
  it('in browser mode asks once and stops', async () => {
    const next = vi.fn(async (): Promise<AppCommandBatch> => ({ commands: [], seq: 0, live: false }));
    await runCommandLoop({ next, onCommand: vi.fn(), signal: new AbortController().signal });
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('hands on each command in order and asks again from where it got to', async () => {
    const answers: AppCommandBatch[] = [
      { commands: [{ kind: 'new-clip', tab: 'url' }, { kind: 'export-brief' }], seq: 2, live: true },
      { commands: [], seq: 2, live: true },
      { commands: [{ kind: 'show-shortcuts' }], seq: 3, live: false },
    ];
    const next = vi.fn(async (_input: { after?: number }) => answers.shift() as AppCommandBatch);
    const seen: AppCommand[] = [];
    await runCommandLoop({ next, onCommand: (c) => seen.push(c), signal: new AbortController().signal });
    expect(seen.map((c) => c.kind)).toEqual(['new-clip', 'export-brief', 'show-shortcuts']);
    expect(next.mock.calls.map((call) => call[0])).toEqual([{}, { after: 2 }, { after: 2 }]);
  });

  it('waits before retrying a failed call, and stops when the page goes away', async () => {
    const controller = new AbortController();
    const next = vi.fn(async (): Promise<AppCommandBatch> => {
      throw new Error('The notebook did not answer.');
    });
    const sleep = vi.fn(async () => {
      if (sleep.mock.calls.length >= 2) controller.abort();
    });
    await runCommandLoop({ next, onCommand: vi.fn(), signal: controller.signal, sleep, retryMs: 2000 });
    expect(next).toHaveBeenCalledTimes(2);
    expect(sleep).toHaveBeenCalledWith(2000);
  });

  it('waits longer while the host keeps failing, up to a cap, and starts again from the short pause once it answers', async () => {
    const controller = new AbortController();
    const outcomes: Array<'fail' | 'ok'> = ['fail', 'fail', 'fail', 'fail', 'fail', 'ok', 'fail'];
    const next = vi.fn(async (): Promise<AppCommandBatch> => {
      const outcome = outcomes.shift();
      if (outcome === undefined) controller.abort();
      if (outcome === 'ok') return { commands: [], seq: 0, live: true };
      throw new Error('The notebook did not answer.');
    });
    const sleep = vi.fn(async (_ms: number) => undefined);
    await runCommandLoop({ next, onCommand: vi.fn(), signal: controller.signal, sleep, retryMs: 2000, maxRetryMs: 10_000 });
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([2000, 4000, 8000, 10_000, 10_000, 2000]);
  });

  it('keeps handing on commands after one whose handler throws, and lets the error be reported', async () => {
    const answers: AppCommandBatch[] = [
      { commands: [{ kind: 'export-brief' }, { kind: 'show-shortcuts' }], seq: 2, live: true },
      { commands: [{ kind: 'new-clip', tab: 'file' }], seq: 3, live: false },
    ];
    const next = vi.fn(async () => answers.shift() as AppCommandBatch);
    const seen: string[] = [];
    const thrown: unknown[] = [];
    const queued = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((task) => {
      try {
        task();
      } catch (error) {
        thrown.push(error);
      }
    });
    const broken = new Error('the export dialog failed to open');
    await runCommandLoop({
      next,
      onCommand: (command) => {
        seen.push(command.kind);
        if (command.kind === 'export-brief') throw broken;
      },
      signal: new AbortController().signal,
    });
    queued.mockRestore();
    expect(seen).toEqual(['export-brief', 'show-shortcuts', 'new-clip']);
    expect(thrown).toEqual([broken]);
  });

  it('drops a batch that arrives after the page went away', async () => {
    const controller = new AbortController();
    const onCommand = vi.fn();
    const next = vi.fn(async (): Promise<AppCommandBatch> => {
      controller.abort();
      return { commands: [{ kind: 'export-brief' }], seq: 1, live: true };
    });
    await runCommandLoop({ next, onCommand, signal: controller.signal });
    expect(onCommand).not.toHaveBeenCalled();
  });
});

describe('uncaught errors in the page', () => {
  it('are reported to the app’s log and shown, while a broken image is ignored', () => {
    const target = new EventTarget();
    const reportRendererError = vi.fn(async () => ({ ok: true, value: { logged: true } }));
    vi.stubGlobal('window', { notebook: { reportRendererError } });
    const show = vi.fn();
    const stop = catchUncaughtErrors(target as never, show);
    const error = new Error('cannot read properties of undefined');
    target.dispatchEvent(Object.assign(new Event('error'), { error, message: error.message }));
    target.dispatchEvent(Object.assign(new Event('error'), { error: null, message: '' }));
    target.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: 'late' }));
    expect(show).toHaveBeenCalledTimes(1);
    expect(show.mock.calls[0]?.[0]).toMatch(/kept running.*your work is saved/);
    expect(reportRendererError.mock.calls).toEqual([
      [{ source: 'error', message: 'cannot read properties of undefined', stack: expect.stringContaining('cannot read properties') }],
      [{ source: 'unhandledrejection', message: 'late' }],
    ]);
    stop();
    target.dispatchEvent(Object.assign(new Event('error'), { error, message: error.message }));
    expect(show).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});
