import { beforeEach, describe, expect, it } from 'vitest';
import type { Page, Trash } from '../../../shared/api/views';
import type { Claim, Source, Story } from '../../../shared/domain/entities';
import { createHarness, type Harness } from './service-harness';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});

describe('the trash', () => {
  it('lists deleted claims and sources newest deletion first, and restores them', async () => {
    const first = await h.call<Claim>('addClaim', { text: 'First claim' });
    const second = await h.call<Claim>('addClaim', { text: 'Second claim' });
    const kept = await h.call<Claim>('addClaim', { text: 'Kept claim' });
    const source = await h.source();
    expect(await h.call<Trash>('listTrash', {})).toEqual({ claims: [], sources: [] });

    await h.call('deleteClaim', { id: second.id });
    await h.call('deleteClaim', { id: first.id });
    await h.call('deleteSource', { id: source.id });
    const trash = await h.call<Trash>('listTrash', {});
    expect(trash.claims.map((claim) => claim.text)).toEqual(['First claim', 'Second claim']);
    expect(trash.claims.every((claim) => typeof claim.deletedAt === 'string')).toBe(true);
    expect(trash.sources.map((s) => s.id)).toEqual([source.id]);
    expect((await h.call<Page<Claim>>('listClaims', {})).items.map((c) => c.id)).toEqual([kept.id]);

    await h.call('restoreClaim', { id: second.id });
    await h.call('restoreSource', { id: source.id });
    expect(await h.call<Trash>('listTrash', {})).toMatchObject({ claims: [{ id: first.id }], sources: [] });
    expect((await h.call<Page<Claim>>('listClaims', {})).items.map((c) => c.id)).toEqual([second.id, kept.id]);
    expect((await h.call<Page<Source>>('listSources', {})).items.map((s) => s.id)).toEqual([source.id]);
  });

  it('treats deleting twice and restoring a live record as no-ops, and keeps the claim history intact', async () => {
    const claim = await h.call<Claim>('addClaim', { text: 'A claim' });
    await h.call('deleteClaim', { id: claim.id });
    const commits = h.store.commits.length;
    await h.call('deleteClaim', { id: claim.id });
    expect(h.store.commits.length).toBe(commits);
    const restored = await h.call<Claim>('restoreClaim', { id: claim.id });
    expect(restored).toEqual(claim);
    await h.call('restoreClaim', { id: claim.id });
    expect(h.store.commits.length).toBe(commits + 1);
    expect(await h.refused('restoreClaim', { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' })).toMatchObject({ code: 'not_found' });
  });
});

describe('stories and the trash', () => {
  it('leaves a trashed claim out of its story until it is restored', async () => {
    const claim = await h.call<Claim>('addClaim', { text: 'A claim for the story' });
    const story = await h.call<Story>('addStory', { title: 'Land mines' });
    await h.call('assignToStory', { storyId: story.id, claimIds: [claim.id] });
    await h.call('deleteClaim', { id: claim.id });
    expect((await h.call<Page<Story>>('listStories', {})).items[0]?.claimIds).toEqual([]);
    await h.call('restoreClaim', { id: claim.id });
    expect((await h.call<Page<Story>>('listStories', {})).items[0]?.claimIds).toEqual([claim.id]);
  });
});
