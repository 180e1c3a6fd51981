import { describe, expect, it, vi } from 'vitest';

const setFlagsFromString = vi.fn();
vi.mock('node:v8', () => ({ setFlagsFromString, default: { setFlagsFromString } }));

describe('the heap growth cap', () => {
  it('asks V8 once for at most 30% growth past live data, for every thread of the process', async () => {
    const { HEAP_GROWING_PERCENT, limitHeapGrowth } = await import('../../../main/memory/heap-growth');
    limitHeapGrowth();
    limitHeapGrowth();
    expect(setFlagsFromString).toHaveBeenCalledTimes(1);
    expect(setFlagsFromString).toHaveBeenCalledWith('--heap-growing-percent=30');
    expect(HEAP_GROWING_PERCENT).toBe(30);
  });
});
