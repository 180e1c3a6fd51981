import { beforeEach, describe, expect, it } from 'vitest';
import type { AddClipResult, ClaimDetail, ClipSummary, NotebookInfo, Page } from '../../../shared/api/views';
import type { Claim, Story } from '../../../shared/domain/entities';
import { verifyHistory } from '../../../shared/domain/history';
import { createHarness, type Harness } from './service-harness';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});

/** Code-point offset of the n-th (0-based) occurrence of `quote`, as the reader's selection reports it. */
function codePointsAt(text: string, quote: string, occurrence: number): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`"${quote}" does not occur ${occurrence + 1} times`);
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(quote).length };
}

describe('marking a claim at the reader selection', () => {
  it('anchors a quote that appears more than once at the place the reporter selected', async () => {
    const { clip } = await h.call<AddClipResult>('addSampleClip', {});
    const text = (await h.call<{ text: string }>('getClip', { id: clip.id })).text;
    expect((await h.refused('addClaim', { clipId: clip.id, quote: 'the embassy' })).message).toMatch(/appears \d+ times/);

    const second = codePointsAt(text, 'the embassy', 1);
    const claim = await h.call<Claim>('addClaim', { clipId: clip.id, quote: 'the embassy', ...second });
    expect(claim.anchor?.position).toEqual({ type: 'TextPositionSelector', ...second });
    expect(claim.anchor?.quote.exact).toBe('the embassy');
    expect(claim.anchor?.quote.prefix.endsWith('In a statement on ')).toBe(true);
    expect(claim.text).toBe('the embassy');
  });

  it('counts positions in code points, with emoji and Bangla text', async () => {
    const text = '🎉 ঢাকায় ৪০% রাস্তা বন্ধ। আবার 🎉 ঢাকায় ৪০% রাস্তা বন্ধ।';
    const clip = await h.clip(text);
    const quote = '🎉 ঢাকায় ৪০% রাস্তা বন্ধ';
    const second = codePointsAt(text, quote, 1);
    const claim = await h.call<Claim>('addClaim', { clipId: clip.id, quote, ...second });
    expect(claim.anchor?.position).toMatchObject(second);
    expect(Array.from(text).slice(second.start, second.end).join('')).toBe(quote);
    expect(claim.anchor?.quote.prefix).toBe('🎉 ঢাকায় ৪০% রাস্তা বন্ধ। আবার ');
  });

  it('trims spaces a mouse selection grabbed at its edges', async () => {
    const clip = await h.clip('Turnout was 61% in the north. Turnout was 61% in the south.');
    const claim = await h.call<Claim>('addClaim', { clipId: clip.id, quote: 'Turnout was 61% in the south.', start: 29, end: 59 });
    expect(claim.anchor?.position).toMatchObject({ start: 30, end: 59 });
  });

  it('refuses a selection that does not hold the quote, or runs past the text, and records nothing', async () => {
    const clip = await h.clip('Turnout was 61% in the north. Turnout was 61% in the south.');
    const before = h.store.commits.length;
    const moved = await h.refused('addClaim', { clipId: clip.id, quote: 'in the south', start: 0, end: 12 });
    expect(moved).toMatchObject({ code: 'invalid_input' });
    expect(moved.message).toMatch(/select the words again/);
    const pastEnd = await h.refused('addClaim', { clipId: clip.id, quote: 'south.', start: 53, end: 400 });
    expect(pastEnd.message).toMatch(/past the end/);
    const noClip = await h.refused('addClaim', { text: 'A typed claim', start: 0, end: 4 });
    expect(noClip.message).toMatch(/needs the clip/);
    expect(h.store.commits.length).toBe(before);
  });
});

describe('editing and deleting claims', () => {
  it('edits the wording and the note without touching the status history', async () => {
    const claim = await h.sampleClaim();
    await h.call('setClaimStatus', { id: claim.id, status: 'in_progress' });
    const edited = await h.call<Claim>('updateClaim', { id: claim.id, text: '122 countries signed the 1997 Ottawa treaty', note: 'check UN list' });
    expect(edited).toMatchObject({ text: '122 countries signed the 1997 Ottawa treaty', note: 'check UN list', status: 'in_progress' });
    expect(edited.anchor?.quote.exact).toBe('122 countries signed the Ottawa Convention');
    expect(verifyHistory(edited.id, edited.history, edited.status)).toEqual([]);

    const noteOnly = await h.call<Claim>('updateClaim', { id: claim.id, note: 'UN list checked' });
    expect(noteOnly.text).toBe('122 countries signed the 1997 Ottawa treaty');
    const cleared = await h.call<Claim>('updateClaim', { id: claim.id, note: '' });
    expect(cleared.note).toBeUndefined();
    expect((await h.call<ClaimDetail>('getClaim', { id: claim.id })).claim.note).toBeUndefined();
    expect(await h.refused('updateClaim', { id: claim.id, text: '   ' })).toMatchObject({ code: 'invalid_input' });
  });

  it('hides a deleted claim everywhere a reporter looks, and brings it all back on restore', async () => {
    const claim = await h.sampleClaim();
    const source = await h.source();
    await h.call('addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'supports' });
    const story = await h.call<Story>('addStory', { title: 'Land mines' });

    expect(await h.call('deleteClaim', { id: claim.id })).toEqual({ deleted: claim.id });
    expect((await h.call<Page<Claim>>('listClaims', {})).total).toBe(0);
    expect((await h.call<Page<ClipSummary>>('listClips', {})).items[0]?.claimCount).toBe(0);
    expect((await h.call<NotebookInfo>('getNotebookInfo', {})).counts).toMatchObject({ claims: 0, evidence: 0, sources: 1 });

    const status = await h.refused('setClaimStatus', { id: claim.id, status: 'in_progress' });
    expect(status).toMatchObject({ code: 'conflict' });
    expect(status.message).toMatch(/in the trash\. Restore it/);
    expect((await h.refused('updateClaim', { id: claim.id, note: 'x' })).message).toMatch(/in the trash/);
    expect((await h.refused('assignToStory', { storyId: story.id, claimIds: [claim.id] })).message).toMatch(/in the trash/);
    expect((await h.refused('addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'context' })).message).toMatch(/in the trash/);

    const restored = await h.call<Claim>('restoreClaim', { id: claim.id });
    expect(restored.deletedAt).toBeUndefined();
    expect((await h.call<Page<Claim>>('listClaims', {})).items.map((item) => item.id)).toEqual([claim.id]);
    expect((await h.call<NotebookInfo>('getNotebookInfo', {})).counts).toMatchObject({ claims: 1, evidence: 1 });
    await h.call('setClaimStatus', { id: claim.id, status: 'verified', rationale: 'Treaty record' });
  });
});

describe('listing claims by story and by source', () => {
  it('lists the claims added to a story and those marked in its clips', async () => {
    const inClip = await h.sampleClaim();
    const typed = await h.call<Claim>('addClaim', { text: 'The mayor said turnout was 61%.' });
    const other = await h.call<Claim>('addClaim', { text: 'Unrelated claim' });
    const story = await h.call<Story>('addStory', { title: 'Land mines' });
    await h.call('assignToStory', { storyId: story.id, claimIds: [typed.id] });
    expect((await h.call<Page<Claim>>('listClaims', { storyId: story.id })).items.map((c) => c.id)).toEqual([typed.id]);

    await h.call('assignToStory', { storyId: story.id, clipIds: [inClip.clipId] });
    const ids = (await h.call<Page<Claim>>('listClaims', { storyId: story.id })).items.map((c) => c.id);
    expect(ids.sort()).toEqual([inClip.id, typed.id].sort());
    expect(ids).not.toContain(other.id);

    await h.call('deleteClaim', { id: typed.id });
    expect((await h.call<Page<Claim>>('listClaims', { storyId: story.id })).items.map((c) => c.id)).toEqual([inClip.id]);
    expect(await h.refused('listClaims', { storyId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' })).toMatchObject({ code: 'not_found' });
  });

  it('lists the claims a source is evidence for, and forgets an unlinked one', async () => {
    const first = await h.sampleClaim();
    const second = await h.call<Claim>('addClaim', { text: 'The embassy reopened on Friday.' });
    await h.call('addClaim', { text: 'No source for this one' });
    const source = await h.source();
    const other = await h.source({ title: 'BBC report', kind: 'web' });
    await h.call('addEvidence', { claimId: first.id, sourceId: source.id, stance: 'supports' });
    const link = await h.call<{ id: string }>('addEvidence', { claimId: second.id, sourceId: source.id, stance: 'contradicts' });
    await h.call('addEvidence', { claimId: second.id, sourceId: other.id, stance: 'context' });

    const bySource = async (sourceId: string) =>
      (await h.call<Page<Claim>>('listClaims', { sourceId })).items.map((claim) => claim.id);
    expect(await bySource(source.id)).toEqual([first.id, second.id]);
    expect(await bySource(other.id)).toEqual([second.id]);
    await h.call('removeEvidence', { id: link.id });
    expect(await bySource(source.id)).toEqual([first.id]);
    expect((await h.call<Page<Claim>>('listClaims', { sourceId: other.id, status: 'verified' })).total).toBe(0);
  });
});
