import { beforeEach, describe, expect, it } from 'vitest';
import type { ClaimDetail, Page } from '../../../shared/api/views';
import type { Claim, Source } from '../../../shared/domain/entities';
import { createHarness, type Harness } from './service-harness';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});

describe('the sources library', () => {
  it('keeps a person with role, contact and naming consent, and a reliability rating', async () => {
    const person = await h.source({
      kind: 'person',
      title: 'Deputy mayor',
      reliability: { rating: 'medium', reason: 'Direct witness, but a party to the dispute' },
      person: { role: 'Deputy mayor of Kyiv', contactMethod: 'phone', contactedAt: '2025-03-01', mayBeNamed: false },
    });
    const listed = await h.call<Page<Source>>('listSources', { kind: 'person' });
    expect(listed.items).toEqual([person]);
    expect(listed.items[0]).toMatchObject({ person: { mayBeNamed: false, role: 'Deputy mayor of Kyiv' }, reliability: { rating: 'medium' } });
  });

  it('refuses person details on a source that is not a person, saying what to do', async () => {
    const error = await h.refused('addSource', { kind: 'document', title: 'Annual report', person: { mayBeNamed: true } });
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toMatch(/only for a source of kind person, not document/);
    const doc = await h.source({ kind: 'document', title: 'Annual report' });
    expect((await h.refused('updateSource', { id: doc.id, person: { mayBeNamed: true } })).message).toMatch(/kind person/);
    expect((await h.call<Page<Source>>('listSources', {})).items.map((s) => s.title)).toEqual(['Annual report']);
  });

  it('updates a source field by field: left out is kept, empty is cleared, null clears', async () => {
    const { clip } = await h.call<{ clip: { id: string } }>('addSampleClip', {});
    const source = await h.source({
      kind: 'web',
      title: 'BBC report',
      url: 'https://www.bbc.com/news/x',
      publisher: 'BBC',
      author: 'A. Writer',
      clipId: clip.id,
      reliability: { rating: 'high', reason: 'Named defense official' },
    });
    const updated = await h.call<Source>('updateSource', { id: source.id, author: '', url: '', clipId: null, reliability: null, notes: 'Read twice' });
    expect(updated).toMatchObject({ title: 'BBC report', publisher: 'BBC', notes: 'Read twice', kind: 'web' });
    for (const cleared of ['author', 'url', 'clipId', 'reliability'] as const) expect(updated[cleared]).toBeUndefined();
    expect((await h.call<Page<Source>>('listSources', {})).items[0]).toEqual(updated);
    expect(await h.refused('updateSource', { id: source.id, clipId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' })).toMatchObject({ code: 'not_found' });
  });

  it('drops person details when a source stops being a person', async () => {
    const person = await h.source({ kind: 'person', title: 'Witness', person: { mayBeNamed: false } });
    const doc = await h.call<Source>('updateSource', { id: person.id, kind: 'document', title: 'Witness statement' });
    expect(doc.person).toBeUndefined();
    expect(doc.kind).toBe('document');
  });
});

describe('deleting a source', () => {
  it('asks first when claims use it, deletes with force, hides its links, and restores them', async () => {
    const claim = await h.sampleClaim();
    const other = await h.call<Claim>('addClaim', { text: 'The embassy closed on Wednesday.' });
    const source = await h.source();
    await h.call('addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'supports' });
    await h.call('addEvidence', { claimId: other.id, sourceId: source.id, stance: 'context' });

    const asked = await h.refused('deleteSource', { id: source.id });
    expect(asked).toEqual({ code: 'conflict', message: 'This source is evidence for 2 claims. Delete it anyway?' });
    expect((await h.call<Page<Source>>('listSources', {})).total).toBe(1);

    expect(await h.call('deleteSource', { id: source.id, force: true })).toEqual({ deleted: source.id });
    expect((await h.call<Page<Source>>('listSources', {})).total).toBe(0);
    expect((await h.call<ClaimDetail>('getClaim', { id: claim.id })).evidence).toEqual([]);
    const verify = await h.refused('setClaimStatus', { id: claim.id, status: 'verified', rationale: 'Statement' });
    expect(verify.message).toMatch(/supporting source/);
    expect((await h.refused('addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'supports', quote: 'new' })).message).toMatch(/in the trash/);
    expect((await h.refused('updateSource', { id: source.id, notes: 'x' })).message).toMatch(/in the trash/);

    await h.call('restoreSource', { id: source.id });
    expect((await h.call<ClaimDetail>('getClaim', { id: claim.id })).evidence.map((e) => e.stance)).toEqual(['supports']);
    await h.call('setClaimStatus', { id: claim.id, status: 'verified', rationale: 'Statement' });
  });

  it('deletes an unused source without asking', async () => {
    const source = await h.source();
    expect(await h.call('deleteSource', { id: source.id })).toEqual({ deleted: source.id });
  });

  it('says "1 claim" for one', async () => {
    const claim = await h.sampleClaim();
    const source = await h.source();
    await h.call('addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'context' });
    expect((await h.refused('deleteSource', { id: source.id })).message).toBe('This source is evidence for 1 claim. Delete it anyway?');
  });

  it('refuses, even with force, to delete the only source a verdict rests on', async () => {
    const claim = await h.sampleClaim();
    const source = await h.source();
    await h.call('addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'contradicts' });
    await h.call('setClaimStatus', { id: claim.id, status: 'false', rationale: 'The treaty record says otherwise' });
    const error = await h.refused('deleteSource', { id: source.id, force: true });
    expect(error).toMatchObject({ code: 'rule_violation' });
    expect(error.message).toMatch(/only one that contradicts the claim "122 countries signed the Ottawa Convention", marked false\. Reopen/);

    const second = await h.source({ title: 'UN treaty collection', kind: 'web' });
    await h.call('addEvidence', { claimId: claim.id, sourceId: second.id, stance: 'contradicts' });
    expect(await h.call('deleteSource', { id: source.id, force: true })).toEqual({ deleted: source.id });
    expect((await h.refused('deleteSource', { id: second.id, force: true })).code).toBe('rule_violation');
  });

  it('among many claims a source serves, names the one whose verdict rests on it alone', async () => {
    const source = await h.source();
    const backup = await h.source({ title: 'Second witness', kind: 'person' });
    const claims: Claim[] = [];
    for (let i = 0; i < 4; i++) {
      const claim = await h.call<Claim>('addClaim', { text: `Claim ${i}` });
      await h.call('addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'supports' });
      if (i !== 2) await h.call('addEvidence', { claimId: claim.id, sourceId: backup.id, stance: 'supports' });
      await h.call('setClaimStatus', { id: claim.id, status: 'verified', rationale: 'Two sources agree' });
      claims.push(claim);
    }
    const error = await h.refused('deleteSource', { id: source.id, force: true });
    expect(error.message).toMatch(/only one that supports the claim "Claim 2", marked verified/);
    await h.call('setClaimStatus', { id: claims[2]!.id, status: 'in_progress', rationale: 'Second look' });
    expect(await h.call('deleteSource', { id: source.id, force: true })).toEqual({ deleted: source.id });
  });
});
