import { describe, expect, it } from 'vitest';
import type { Source } from '../../../../shared/domain/entities';
import { findSource } from '../../../../renderer/search/find-source';

const sources: Source[] = Array.from({ length: 1200 }, (_, i) => ({
  id: `S${i}`,
  kind: 'web',
  title: `Source ${i}`,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
}));

function fakeList() {
  const asked: number[] = [];
  const list = ((_method: 'listSources', input: { offset?: number; limit?: number }) => {
    const offset = input.offset ?? 0;
    asked.push(offset);
    return Promise.resolve({ items: sources.slice(offset, offset + (input.limit ?? 100)), total: sources.length, offset });
  }) as Parameters<typeof findSource>[1];
  return { list, asked };
}

describe('findSource', () => {
  it('stops at the page that holds the source', async () => {
    const { list, asked } = fakeList();
    expect((await findSource('S3', list))?.title).toBe('Source 3');
    expect(asked).toEqual([0]);
    expect((await findSource('S700', list))?.title).toBe('Source 700');
    expect(asked).toEqual([0, 0, 500]);
  });

  it('gives null for a source no longer listed, after the last page', async () => {
    const { list, asked } = fakeList();
    expect(await findSource('GONE', list)).toBeNull();
    expect(asked).toEqual([0, 500, 1000]);
  });
});
