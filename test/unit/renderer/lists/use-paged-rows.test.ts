import { describe, expect, it } from 'vitest';
import { pagesOfRows } from '../../../../renderer/lists/use-paged-rows';

describe('which pages a virtualised list asks for', () => {
  it('asks for the first page and the pages of the rows in view', () => {
    expect(pagesOfRows([0, 1, 2, 3], 50)).toEqual([0]);
    expect(pagesOfRows([2495, 2496, 2497, 2498, 2499, 2500, 2501], 50)).toEqual([0, 49, 50]);
  });

  it('does not fill in the pages between the rows in view and a far-away focused row', () => {
    const inView = Array.from({ length: 12 }, (_, i) => 2500 + i);
    expect(pagesOfRows([...inView, 4999], 50)).toEqual([0, 50, 99]);
  });

  it('asks for each page once, in order, whatever order the rows come in', () => {
    expect(pagesOfRows([130, 10, 129, 26, 25], 25)).toEqual([0, 1, 5]);
    expect(pagesOfRows([], 25)).toEqual([0]);
  });
});
