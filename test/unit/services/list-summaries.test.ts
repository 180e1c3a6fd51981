import { beforeEach, describe, expect, it } from 'vitest';
import type { ClaimSummary, ClipSummary, Page } from '../../../shared/api/views';
import type { Claim, Evidence, Story } from '../../../shared/domain/entities';
import { createHarness, type Harness } from './service-harness';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});

const byId = (page: Page<ClaimSummary>) => new Map(page.items.map((claim) => [claim.id, claim]));

describe('listClaims carries what a board card shows', () => {
  it("gives each claim its clip's title, or null without a clip", async () => {
    const inClip = await h.sampleClaim();
    const typed = await h.call<Claim>('addClaim', { text: 'The mayor said turnout was 61%.' });
    const claims = byId(await h.call<Page<ClaimSummary>>('listClaims', {}));
    expect(claims.get(inClip.id)?.clipTitle).toBe('US to give Ukraine anti-personnel land mines');
    expect(claims.get(typed.id)?.clipTitle).toBeNull();
    expect(claims.get(typed.id)?.text).toBe('The mayor said turnout was 61%.');
  });

  it('counts live evidence by stance: an unlinked link and a link to a trashed source do not count', async () => {
    const claim = await h.sampleClaim();
    const other = await h.call<Claim>('addClaim', { text: 'The embassy reopened on Friday.' });
    const embassy = await h.source();
    const wire = await h.source({ title: 'Wire copy', kind: 'web' });
    const trashed = await h.source({ title: 'Deleted blog', kind: 'web' });
    await h.call('addEvidence', { claimId: claim.id, sourceId: embassy.id, stance: 'supports' });
    await h.call('addEvidence', { claimId: claim.id, sourceId: wire.id, stance: 'supports' });
    await h.call('addEvidence', { claimId: claim.id, sourceId: wire.id, stance: 'context', quote: 'background' });
    const unlinked = await h.call<Evidence>('addEvidence', { claimId: claim.id, sourceId: embassy.id, stance: 'contradicts' });
    await h.call('removeEvidence', { id: unlinked.id });
    await h.call('addEvidence', { claimId: claim.id, sourceId: trashed.id, stance: 'contradicts' });
    await h.call('deleteSource', { id: trashed.id, force: true });
    await h.call('addEvidence', { claimId: other.id, sourceId: wire.id, stance: 'contradicts' });

    const claims = byId(await h.call<Page<ClaimSummary>>('listClaims', {}));
    expect(claims.get(claim.id)?.evidence).toEqual({ supports: 2, contradicts: 0, context: 1 });
    expect(claims.get(other.id)?.evidence).toEqual({ supports: 0, contradicts: 1, context: 0 });

    // Restoring the source brings its link back into the counts.
    await h.call('restoreSource', { id: trashed.id });
    expect(byId(await h.call<Page<ClaimSummary>>('listClaims', {})).get(claim.id)?.evidence).toEqual({ supports: 2, contradicts: 1, context: 1 });
  });

  it('counts each claim on a later page too, and a claim with no links gets zeros', async () => {
    const source = await h.source();
    const claims: Claim[] = [];
    for (let i = 0; i < 5; i++) claims.push(await h.call<Claim>('addClaim', { text: `Claim number ${i}` }));
    for (const [i, claim] of claims.entries()) {
      for (let n = 0; n < i; n++) await h.call('addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'context', quote: `quote ${n}` });
    }
    const page = await h.call<Page<ClaimSummary>>('listClaims', { offset: 2, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.items.map((claim) => [claim.text, claim.evidence.context])).toEqual([
      ['Claim number 2', 2],
      ['Claim number 3', 3],
    ]);
    const first = await h.call<Page<ClaimSummary>>('listClaims', { limit: 1 });
    expect(first.items[0]?.evidence).toEqual({ supports: 0, contradicts: 0, context: 0 });
  });
});

describe('listClips by story', () => {
  it("pages a story's clips, newest first, leaving out clips not in the story", async () => {
    const story = await h.call<Story>('addStory', { title: 'Budget' });
    const inStory: string[] = [];
    for (let i = 1; i <= 7; i++) {
      const clip = await h.clip(`Body of clip ${i}.`, `Clip ${i}`);
      if (i % 2 === 1) inStory.push(clip.id);
    }
    await h.call('assignToStory', { storyId: story.id, clipIds: inStory });
    await h.call('addClaim', { clipId: inStory[3], quote: 'Body of clip 7' });

    const first = await h.call<Page<ClipSummary>>('listClips', { storyId: story.id, offset: 0, limit: 3 });
    expect(first.total).toBe(4);
    expect(first.items.map((clip) => clip.title)).toEqual(['Clip 7', 'Clip 5', 'Clip 3']);
    expect(first.items[0]?.claimCount).toBe(1);
    expect(first.items[1]?.claimCount).toBe(0);
    const second = await h.call<Page<ClipSummary>>('listClips', { storyId: story.id, offset: 3, limit: 3 });
    expect(second.items.map((clip) => clip.title)).toEqual(['Clip 1']);

    const all = await h.call<Page<ClipSummary>>('listClips', { offset: 0, limit: 100 });
    expect(all.total).toBe(7);
  });

  it('an empty story lists no clips, and an unknown story is refused', async () => {
    await h.clip('A clip in no story.');
    const story = await h.call<Story>('addStory', { title: 'Empty' });
    expect(await h.call<Page<ClipSummary>>('listClips', { storyId: story.id })).toMatchObject({ items: [], total: 0 });
    expect(await h.refused('listClips', { storyId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' })).toMatchObject({ code: 'not_found' });
  });
});
