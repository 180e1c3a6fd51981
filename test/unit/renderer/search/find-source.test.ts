import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../../renderer/client/call';
import type { Source } from '../../../../shared/domain/entities';
import { findSource } from '../../../../renderer/search/find-source';

const source = (id: string, deletedAt?: string): Source => ({
  id,
  kind: 'web',
  title: `Source ${id}`,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  ...(deletedAt ? { deletedAt } : {}),
});

/** A stand-in for `getSource` over a few sources, refusing unknown ids as the handler does. */
function fakeGet(sources: Source[]) {
  const asked: string[] = [];
  const get = ((_method: 'getSource', input: { id: string }) => {
    asked.push(input.id);
    const found = sources.find((s) => s.id === input.id);
    return found ? Promise.resolve(found) : Promise.reject(new ApiCallError('getSource', 'not_found', `No source with ID ${input.id} is in this notebook.`));
  }) as Parameters<typeof findSource>[1];
  return { get, asked };
}

describe('findSource', () => {
  it('asks for the one source by id', async () => {
    const { get, asked } = fakeGet([source('S1'), source('S2')]);
    expect((await findSource('S2', get))?.title).toBe('Source S2');
    expect(asked).toEqual(['S2']);
  });

  it('gives null for a source deleted or in the trash, and passes other failures on', async () => {
    const { get } = fakeGet([source('S1', '2024-02-01T00:00:00.000Z')]);
    expect(await findSource('GONE', get)).toBeNull();
    expect(await findSource('S1', get)).toBeNull();
    const broken = (() => Promise.reject(new ApiCallError('getSource', 'internal', 'The notebook could not be read.'))) as unknown as Parameters<typeof findSource>[1];
    await expect(findSource('S1', broken)).rejects.toThrow(/could not be read/);
  });
});
