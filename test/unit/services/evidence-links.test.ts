import { beforeEach, describe, expect, it } from 'vitest';
import type { AddClipResult, ClaimDetail, EvidenceView, NotebookInfo } from '../../../shared/api/views';
import type { Evidence } from '../../../shared/domain/entities';
import { createHarness, type Harness } from './service-harness';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});

describe('unlinking evidence can be undone', () => {
  it('verify needs live supporting evidence: refused after an unlink, allowed after undo', async () => {
    const claim = await h.sampleClaim();
    const source = await h.source();
    const link = await h.call<Evidence>('addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'supports' });
    expect(await h.call('removeEvidence', { id: link.id })).toEqual({ removed: link.id });
    expect(await h.call<EvidenceView[]>('listEvidence', { claimId: claim.id })).toEqual([]);
    expect((await h.call<NotebookInfo>('getNotebookInfo', {})).counts.evidence).toBe(0);
    const refusedVerify = await h.refused('setClaimStatus', { id: claim.id, status: 'verified', rationale: 'Statement' });
    expect(refusedVerify).toMatchObject({ code: 'rule_violation' });

    const restored = await h.call<Evidence>('restoreEvidence', { id: link.id });
    expect(restored).toEqual(link);
    expect((await h.call<ClaimDetail>('getClaim', { id: claim.id })).evidence.map((e) => e.id)).toEqual([link.id]);
    await h.call('setClaimStatus', { id: claim.id, status: 'verified', rationale: 'Statement' });
  });

  it('keeps the unlinked record (soft) and still guards the verdict it rests on', async () => {
    const claim = await h.sampleClaim();
    const source = await h.source();
    const link = await h.call<Evidence>('addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'supports' });
    await h.call('setClaimStatus', { id: claim.id, status: 'verified', rationale: 'Statement' });
    expect((await h.refused('removeEvidence', { id: link.id })).message).toMatch(/Reopen the claim first/);
    await h.call('setClaimStatus', { id: claim.id, status: 'in_progress', rationale: 'Second look' });
    await h.call('removeEvidence', { id: link.id });
    expect(h.store.data.evidence[link.id]?.deletedAt).toBeDefined();
    expect(h.store.commits.at(-1)?.[0]?.type).toBe('evidence.put');
  });

  it('will not restore a link whose source is in the trash, or one that duplicates a live link', async () => {
    const claim = await h.sampleClaim();
    const source = await h.source();
    const link = await h.call<Evidence>('addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'context' });
    await h.call('removeEvidence', { id: link.id });
    await h.call('addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'context' });
    expect(await h.refused('restoreEvidence', { id: link.id })).toMatchObject({ code: 'conflict', message: expect.stringMatching(/already linked/) });

    const other = await h.source({ title: 'Old wire copy' });
    const otherLink = await h.call<Evidence>('addEvidence', { claimId: claim.id, sourceId: other.id, stance: 'context' });
    await h.call('removeEvidence', { id: otherLink.id });
    await h.call('deleteSource', { id: other.id });
    expect((await h.refused('restoreEvidence', { id: otherLink.id })).message).toMatch(/"Old wire copy" is in the trash/);
  });
});

describe('evidence quoted from a source clip', () => {
  async function sourceWithClip() {
    const { clip } = await h.call<AddClipResult>('addSampleClip', {});
    const source = await h.source({ kind: 'web', title: 'BBC report', clipId: clip.id });
    const claim = await h.call<{ id: string }>('addClaim', { text: 'The US will give Ukraine land mines.' });
    return { clip, source, claim };
  }

  it('anchors the quote in the clip of the source', async () => {
    const { source, claim } = await sourceWithClip();
    const quote = 'US President Joe Biden has agreed to give Ukraine anti-personnel land mines';
    const evidence = await h.call<Evidence>('addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'supports', quote });
    expect(evidence.anchor?.position).toEqual({ type: 'TextPositionSelector', start: 0, end: Array.from(quote).length });
    expect(evidence.anchor?.quote).toMatchObject({ exact: quote, prefix: '', suffix: ' against the Russian army after ' });
    expect((await h.call<EvidenceView[]>('listEvidence', { claimId: claim.id }))[0]?.anchor).toEqual(evidence.anchor);
  });

  it('names the source clip when the quote is not in it, and links nothing', async () => {
    const { clip, source, claim } = await sourceWithClip();
    const error = await h.refused('addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'supports', quote: 'Canada signed first' });
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toContain(`"${clip.title}", the clip of source "BBC report"`);
    expect(await h.call<EvidenceView[]>('listEvidence', { claimId: claim.id })).toEqual([]);
  });

  it('keeps a locator-only link, and a source without a clip, unanchored', async () => {
    const { source, claim } = await sourceWithClip();
    const located = await h.call<Evidence>('addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'context', locator: 'para 1' });
    expect(located.anchor).toBeUndefined();
    const plain = await h.source({ title: 'Interview notes', kind: 'document' });
    const quoted = await h.call<Evidence>('addEvidence', { claimId: claim.id, sourceId: plain.id, stance: 'supports', quote: 'words not in any clip' });
    expect(quoted.anchor).toBeUndefined();
  });
});
