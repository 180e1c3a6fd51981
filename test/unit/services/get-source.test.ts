import { describe, expect, it } from 'vitest';
import type { Source } from '../../../shared/domain/entities';
import { createHarness } from './service-harness';

/** `getSource`: one source by id, so a source found by search opens without paging through the list. */
describe('getSource', () => {
  it('returns the source, also from the trash (marked deleted), and names a missing id', async () => {
    const h = createHarness();
    const source = await h.source({ title: 'Harbour authority statement' });
    expect(await h.call<Source>('getSource', { id: source.id })).toEqual(source);
    await h.call('deleteSource', { id: source.id, force: true });
    expect((await h.call<Source>('getSource', { id: source.id })).deletedAt).toBeDefined();
    const missing = await h.refused('getSource', { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' });
    expect(missing.code).toBe('not_found');
    expect(missing.message).toMatch(/No source with ID 01ARZ3NDEKTSV4RRFFQ69G5FAV/);
  });
});
