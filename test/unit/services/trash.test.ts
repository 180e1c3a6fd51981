import { beforeEach, describe, expect, it } from 'vitest';
import type { Page, TrashPage } from '../../../shared/api/views';
import type { Claim, Source, Story } from '../../../shared/domain/entities';
import { createHarness, type Harness } from './service-harness';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});

function trash(kind: 'claims', paging?: { offset?: number; limit?: number }): Promise<Extract<TrashPage, { kind: 'claims' }>>;
function trash(kind: 'sources', paging?: { offset?: number; limit?: number }): Promise<Extract<TrashPage, { kind: 'sources' }>>;
function trash(kind: 'claims' | 'sources', paging: { offset?: number; limit?: number } = {}): Promise<TrashPage> {
  return h.call<TrashPage>('listTrash', { kind, ...paging });
}

describe('the trash', () => {
  it('lists deleted claims and sources newest deletion first, and restores them', async () => {
    const first = await h.call<Claim>('addClaim', { text: 'First claim' });
    const second = await h.call<Claim>('addClaim', { text: 'Second claim' });
    const kept = await h.call<Claim>('addClaim', { text: 'Kept claim' });
    const source = await h.source();
    expect(await trash('claims')).toEqual({ kind: 'claims', items: [], total: 0, offset: 0, limit: 100 });
    expect(await trash('sources')).toMatchObject({ kind: 'sources', items: [], total: 0 });

    await h.call('deleteClaim', { id: second.id });
    await h.call('deleteClaim', { id: first.id });
    await h.call('deleteSource', { id: source.id });
    const claims = await trash('claims');
    expect(claims.items.map((claim) => claim.text)).toEqual(['First claim', 'Second claim']);
    expect(claims.items.every((claim) => typeof claim.deletedAt === 'string')).toBe(true);
    expect((await trash('sources')).items.map((s) => s.id)).toEqual([source.id]);
    expect((await h.call<Page<Claim>>('listClaims', {})).items.map((c) => c.id)).toEqual([kept.id]);

    await h.call('restoreClaim', { id: second.id });
    await h.call('restoreSource', { id: source.id });
    expect(await trash('claims')).toMatchObject({ items: [{ id: first.id }], total: 1 });
    expect(await trash('sources')).toMatchObject({ items: [], total: 0 });
    expect((await h.call<Page<Claim>>('listClaims', {})).items.map((c) => c.id)).toEqual([second.id, kept.id]);
    expect((await h.call<Page<Source>>('listSources', {})).items.map((s) => s.id)).toEqual([source.id]);
  });

  it('sends a page at a time, newest deletion first, and leaves the claims’ histories behind', async () => {
    const claims: Claim[] = [];
    for (let i = 1; i <= 7; i++) claims.push(await h.call<Claim>('addClaim', { text: `Claim ${i}` }));
    await h.call('setClaimStatus', { id: claims[0]!.id, status: 'in_progress', rationale: 'Calling the ministry.' });
    for (const claim of claims) await h.call('deleteClaim', { id: claim.id });

    const firstPage = await trash('claims', { limit: 3 });
    expect(firstPage).toMatchObject({ kind: 'claims', total: 7, offset: 0, limit: 3 });
    expect(firstPage.items.map((claim) => claim.text)).toEqual(['Claim 7', 'Claim 6', 'Claim 5']);
    const lastPage = await trash('claims', { offset: 6, limit: 3 });
    expect(lastPage.items.map((claim) => claim.text)).toEqual(['Claim 1']);
    expect(lastPage.items[0]).toMatchObject({ status: 'in_progress' });
    expect(lastPage.items[0]).not.toHaveProperty('history');
    // The history is kept, not lost: restoring brings the claim back with it.
    const restored = await h.call<Claim>('restoreClaim', { id: claims[0]!.id });
    expect(restored.history.map((entry) => entry.to)).toEqual(['unverified', 'in_progress']);
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
