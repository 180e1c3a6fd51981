import { describe, expect, it, vi } from 'vitest';

const setFlagsFromString = vi.fn();
vi.mock('node:v8', () => ({ setFlagsFromString, default: { setFlagsFromString } }));

const { limitHeapGrowth, withDefaultHeapGrowth } = await import('../../../main/memory/heap-growth');

/** The app caps V8's heap growth while a notebook is open, and lifts it while a clip is being made. */
describe('the heap growth cap', () => {
  it('changes nothing before the app has set it (the CLI and tests run with V8 defaults)', async () => {
    expect(await withDefaultHeapGrowth(async () => 'clipped')).toBe('clipped');
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });

  it('asks V8 once for at most 20% growth past live data, for every thread of the process', () => {
    limitHeapGrowth();
    limitHeapGrowth();
    expect(setFlagsFromString.mock.calls).toEqual([['--heap-growing-percent=20']]);
  });

  it('lifts the cap while clips run, and puts it back after the last one, also when one fails', async () => {
    setFlagsFromString.mockClear();
    let finishFirst: (value: string) => void = () => undefined;
    const first = withDefaultHeapGrowth(() => new Promise<string>((resolve) => (finishFirst = resolve)));
    const second = withDefaultHeapGrowth(async () => {
      throw new Error('the page could not be read');
    });
    await expect(second).rejects.toThrow('the page could not be read');
    // One clip still runs: V8's own growth stays.
    expect(setFlagsFromString.mock.calls).toEqual([['--heap-growing-percent=0']]);
    finishFirst('done');
    expect(await first).toBe('done');
    expect(setFlagsFromString.mock.calls).toEqual([['--heap-growing-percent=0'], ['--heap-growing-percent=20']]);
  });
});
