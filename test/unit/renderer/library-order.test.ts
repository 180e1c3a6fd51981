import { describe, expect, it } from 'vitest';
import { moveIndex, pagesFor } from '../../../renderer/library/library-order';

describe('moveIndex', () => {
  it('moves one row either way and stops at the ends', () => {
    expect(moveIndex(1, 1, 4)).toBe(2);
    expect(moveIndex(1, -1, 4)).toBe(0);
    expect(moveIndex(0, -1, 4)).toBe(0);
    expect(moveIndex(3, 1, 4)).toBe(3);
  });

  it('jumps to either end for Home/End, even past rows not loaded yet, and clamps page jumps', () => {
    expect(moveIndex(1, Infinity, 10_000)).toBe(9_999);
    expect(moveIndex(5_000, -Infinity, 10_000)).toBe(0);
    expect(moveIndex(95, 10, 100)).toBe(99);
  });

  it('starts at the top going forward and at the bottom going back when nothing is open', () => {
    expect(moveIndex(null, 1, 4)).toBe(0);
    expect(moveIndex(null, -1, 4)).toBe(3);
    expect(moveIndex(null, 1, 0)).toBeNull();
  });
});

describe('pagesFor', () => {
  it('names just the pages holding the rows in view', () => {
    expect(pagesFor(0, 20, 100)).toEqual([0]);
    expect(pagesFor(95, 130, 100)).toEqual([0, 1]);
    expect(pagesFor(9_990, 9_999, 100)).toEqual([99]);
    expect(pagesFor(5, 2, 100)).toEqual([]);
  });
});
