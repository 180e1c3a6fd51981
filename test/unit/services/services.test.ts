import { beforeEach, describe, expect, it } from 'vitest';
import type { AddClipResult, ClaimDetail, ClipDetail, NotebookInfo, Page, ClipSummary } from '../../../shared/api/views';
import type { Claim, Evidence, Source, Story } from '../../../shared/domain/entities';
import { verifyHistory } from '../../../shared/domain/history';
import type { MemoryStore } from '../../support/memory-store';
import { createHarness, type Harness } from './service-harness';

let store: MemoryStore;
let call: Harness['call'];
let refused: Harness['refused'];

beforeEach(() => {
  ({ store, call, refused } = createHarness());
});

describe('clips', () => {
  it('adds the sample article once and lists it with its paragraphs intact', async () => {
    const added = await call<AddClipResult>('addSampleClip', {});
    expect(added.duplicate).toBe(false);
    expect(added.clip.capture.method).toBe('sample');
    const again = await call<AddClipResult>('addSampleClip', {});
    expect(again).toMatchObject({ duplicate: true, clip: { id: added.clip.id } });

    const page = await call<Page<ClipSummary>>('listClips', {});
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ id: added.clip.id, claimCount: 0 });

    const detail = await call<ClipDetail>('getClip', { id: added.clip.id });
    expect(detail.text).toContain('122 countries signed the Ottawa Convention');
    expect(detail.html.match(/<p>/g)?.length).toBeGreaterThanOrEqual(10);
  });

  it('writes the bodies before the metadata that points at them', async () => {
    const order: string[] = [];
    const putBody = store.putBody.bind(store);
    const commit = store.commit.bind(store);
    store.putBody = async (content, kind) => (order.push(`body:${kind}`), putBody(content, kind));
    store.commit = async (ops) => (order.push(`commit:${ops[0]?.type}`), commit(ops));
    await call('addTextClip', { text: 'The ministry said 40% of roads were closed.' });
    expect(order).toEqual(['body:txt', 'body:html', 'commit:clip.put']);
  });

  it('escapes pasted text so it can never become markup', async () => {
    const { clip } = await call<AddClipResult>('addTextClip', { text: '<script>alert(1)</script>\nSecond & last' });
    const detail = await call<ClipDetail>('getClip', { id: clip.id });
    expect(detail.html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>Second &amp; last</p>');
    expect(clip.title).toBe('<script>alert(1)</script>');
  });

  it('pages the library newest first', async () => {
    for (let i = 0; i < 5; i++) await call('addTextClip', { text: `Article number ${i}`, title: `Clip ${i}` });
    const page = await call<Page<ClipSummary>>('listClips', { limit: 2, offset: 1 });
    expect(page.total).toBe(5);
    expect(page.items.map((clip) => clip.title)).toEqual(['Clip 3', 'Clip 2']);
  });
});

describe('claims, sources and evidence', () => {
  async function sampleClaim(quote = '122 countries signed the Ottawa Convention') {
    const { clip } = await call<AddClipResult>('addSampleClip', {});
    return call<Claim>('addClaim', { clipId: clip.id, quote });
  }

  it('anchors a claim in its clip and starts its history', async () => {
    const claim = await sampleClaim();
    expect(claim.status).toBe('unverified');
    expect(claim.anchor?.quote.exact).toBe('122 countries signed the Ottawa Convention');
    expect(claim.anchor?.quote.prefix.endsWith('December 3-4, 1997, ')).toBe(true);
    expect(verifyHistory(claim.id, claim.history, claim.status)).toEqual([]);
  });

  it('explains a quote that is not in the clip or appears twice, and records nothing', async () => {
    const { clip } = await call<AddClipResult>('addSampleClip', {});
    const commitsBefore = store.commits.length;
    expect((await refused('addClaim', { clipId: clip.id, quote: 'Canada signed first' })).message).toMatch(/not in "/);
    expect((await refused('addClaim', { clipId: clip.id, quote: 'embassy' })).message).toMatch(/appears \d+ times/);
    expect(store.commits.length).toBe(commitsBefore);
  });

  it('takes a claim typed in without a clip', async () => {
    const claim = await call<Claim>('addClaim', { text: 'The mayor said turnout was 61%.', note: 'phone interview' });
    expect(claim).toMatchObject({ clipId: null, anchor: null, note: 'phone interview' });
  });

  it('verifies a claim only with a supporting source and a rationale, keeping every step', async () => {
    const claim = await sampleClaim();
    const noEvidence = await refused('setClaimStatus', { id: claim.id, status: 'verified', rationale: 'Treaty text' });
    expect(noEvidence).toMatchObject({ code: 'rule_violation' });
    expect(noEvidence.message).toMatch(/supporting source/);

    const source = await call<Source>('addSource', { title: 'Ottawa Convention status', url: 'https://www.un.org/disarmament', kind: 'record' });
    await call<Evidence>('addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'supports', quote: '122 states signed' });
    expect((await refused('setClaimStatus', { id: claim.id, status: 'verified' })).message).toMatch(/rationale/);
    await call('setClaimStatus', { id: claim.id, status: 'in_progress' });
    const verified = await call<Claim>('setClaimStatus', { id: claim.id, status: 'verified', rationale: 'UN treaty record lists 122 signatories' });
    expect(verified.history.map((entry) => entry.to)).toEqual(['unverified', 'in_progress', 'verified']);
    expect(verifyHistory(verified.id, verified.history, verified.status)).toEqual([]);

    const detail = await call<ClaimDetail>('getClaim', { id: claim.id });
    expect(detail.evidence[0]).toMatchObject({ stance: 'supports', source: { title: 'Ottawa Convention status' } });
    expect(detail.clip?.title).toMatch(/land mines/);
  });

  it('will not unlink the only evidence a verdict rests on', async () => {
    const claim = await sampleClaim();
    const source = await call<Source>('addSource', { title: 'Embassy statement', kind: 'record' });
    const evidence = await call<Evidence>('addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'contradicts' });
    await call('setClaimStatus', { id: claim.id, status: 'false', rationale: 'The embassy says otherwise' });
    expect((await refused('removeEvidence', { id: evidence.id })).message).toMatch(/Reopen the claim first/);
    await call('setClaimStatus', { id: claim.id, status: 'in_progress', rationale: 'New statement to weigh' });
    expect(await call('removeEvidence', { id: evidence.id })).toEqual({ removed: evidence.id });
  });

  it('refuses evidence for a claim or source that does not exist, and duplicate links', async () => {
    const claim = await sampleClaim();
    const source = await call<Source>('addSource', { title: 'BBC report' });
    const missing = await refused('addEvidence', { claimId: claim.id, sourceId: '01ARZ3NDEKTSV4RRFFQ69G5FAV', stance: 'supports' });
    expect(missing).toMatchObject({ code: 'not_found' });
    await call('addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'context' });
    expect(await refused('addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'context' })).toMatchObject({ code: 'conflict' });
  });

  it('lists claims by clip and by status', async () => {
    const claim = await sampleClaim();
    await call('addClaim', { text: 'Standalone claim' });
    await call('setClaimStatus', { id: claim.id, status: 'in_progress' });
    const byStatus = await call<Page<Claim>>('listClaims', { status: 'in_progress' });
    expect(byStatus.items.map((item) => item.id)).toEqual([claim.id]);
    const byClip = await call<Page<Claim>>('listClaims', { clipId: claim.clipId });
    expect(byClip.total).toBe(1);
  });
});

describe('stories and settings', () => {
  it('assigns clips and claims to a story, all or nothing', async () => {
    const { clip } = await call<AddClipResult>('addSampleClip', {});
    const story = await call<Story>('addStory', { title: 'Land mines for Ukraine' });
    const error = await refused('assignToStory', { storyId: story.id, clipIds: [clip.id, '01ARZ3NDEKTSV4RRFFQ69G5FAV'] });
    expect(error).toMatchObject({ code: 'not_found' });
    const unchanged = await call<Page<Story>>('listStories', {});
    expect(unchanged.items[0]?.clipIds).toEqual([]);
    const updated = await call<Story>('assignToStory', { storyId: story.id, clipIds: [clip.id, clip.id] });
    expect(updated.clipIds).toEqual([clip.id]);
  });

  it('keeps organization settings for exports and clears a field sent empty', async () => {
    await call('updateSettings', { organizationName: 'The Daily Check', organizationUrl: 'https://dailycheck.example', reporterName: 'R. Reporter' });
    const cleared = await call('updateSettings', { reporterName: '' });
    expect(cleared).toEqual({ organizationName: 'The Daily Check', organizationUrl: 'https://dailycheck.example' });
    const info = await call<NotebookInfo>('getNotebookInfo', {});
    expect(info.settings.organizationName).toBe('The Daily Check');
    expect(info.counts.clips).toBe(0);
    expect((await refused('updateSettings', { organizationUrl: 'ftp://x' })).message).toMatch(/organizationUrl must be a full web address/);
  });
});
