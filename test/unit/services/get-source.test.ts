import { describe, expect, it } from 'vitest';
import type { LocatedSource, Page } from '../../../shared/api/views';
import type { Source } from '../../../shared/domain/entities';
import { createHarness } from './service-harness';

/** `getSource`: one source by id, so a source found by search opens without paging through the list. */
describe('getSource', () => {
  it('returns the source, also from the trash (marked deleted), and names a missing id', async () => {
    const h = createHarness();
    const source = await h.source({ title: 'Harbour authority statement' });
    expect(await h.call<LocatedSource>('getSource', { id: source.id })).toEqual({ ...source, position: 0, kindPosition: 0 });
    await h.call('deleteSource', { id: source.id, force: true });
    expect(await h.call<LocatedSource>('getSource', { id: source.id })).toMatchObject({ deletedAt: expect.any(String), position: null, kindPosition: null });
    const missing = await h.refused('getSource', { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' });
    expect(missing.code).toBe('not_found');
    expect(missing.message).toMatch(/No source with ID 01ARZ3NDEKTSV4RRFFQ69G5FAV/);
  });

  it('says where the source stands in the sources list, and in the list of its kind, as listSources orders them', async () => {
    const h = createHarness();
    for (let i = 0; i < 12; i++) await h.source({ title: `Source ${i}`, kind: i % 3 === 0 ? 'person' : 'web' });
    const all = (await h.call<Page<Source>>('listSources', { limit: 500 })).items;
    const people = (await h.call<Page<Source>>('listSources', { kind: 'person', limit: 500 })).items;
    for (const source of all) {
      const located = await h.call<LocatedSource>('getSource', { id: source.id });
      expect(all[located.position!]?.id).toBe(source.id);
      if (source.kind === 'person') expect(people[located.kindPosition!]?.id).toBe(source.id);
    }
  });
});
