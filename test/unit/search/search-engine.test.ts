import { describe, expect, it } from 'vitest';
import type { SearchResults } from '../../../shared/api/search-views';
import type { Claim, Evidence, Source, Story } from '../../../shared/domain/entities';
import { createHarness, type Harness } from '../services/service-harness';

/**
 * The search engine through the real handlers over an in-memory notebook: what a reporter typing in
 * the palette would see. The in-process engine is the worker's engine run on this thread.
 */

async function search(h: Harness, input: Record<string, unknown>): Promise<SearchResults> {
  // The first search starts the build; wait until it is done so results are complete.
  for (let i = 0; i < 100; i++) {
    const status = await h.call<{ state: string }>('getSearchStatus', {});
    if (status.state === 'ready') break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return h.call<SearchResults>('search', { limit: 10, ...input });
}

const ids = (results: SearchResults, kind: string) => results.groups.find((group) => group.kind === kind)?.hits.map((hit) => hit.id) ?? [];
const marked = (hit: { snippet: { text: string; highlights: Array<{ start: number; end: number }> } }) =>
  hit.snippet.highlights.map((mark) => Array.from(hit.snippet.text).slice(mark.start, mark.end).join(''));

describe('matching', () => {
  it('matches a word being typed by its prefix, and a word with a typo', async () => {
    const h = createHarness();
    const clip = await h.clip('Officials said the reservoir was at 40 percent of capacity.', 'Drought deepens');
    await h.clip('The mayor opened a new library branch.', 'Library opens');
    expect(ids(await search(h, { query: 'reserv' }), 'clip')).toEqual([clip.id]);
    expect(ids(await search(h, { query: 'resevoir' }), 'clip')).toEqual([clip.id]);
    expect(ids(await search(h, { query: 'capcity officals' }), 'clip')).toEqual([clip.id]);
    // Too short for a typo: "lib" is a prefix of library only.
    expect(ids(await search(h, { query: 'xyzzy' }), 'clip')).toEqual([]);
  });

  it('matches a quoted phrase only word for word and in order, and marks the whole phrase', async () => {
    const h = createHarness();
    const inOrder = await h.clip('The health department figures were published on Tuesday.', 'Figures out');
    await h.clip('Figures from the department of health were late.', 'Late figures');
    const results = await search(h, { query: '"health department"' });
    expect(ids(results, 'clip')).toEqual([inOrder.id]);
    const hit = results.groups[0]?.hits[0];
    expect(hit && marked(hit)).toEqual(['health department']);
    // Without quotes both match.
    expect(ids(await search(h, { query: 'health department' }), 'clip')).toHaveLength(2);
  });

  it('checks a quoted phrase word for word in claims, sources and evidence too', async () => {
    const h = createHarness();
    const inOrder = await h.call<Claim>('addClaim', { text: 'The water board raised prices twice' });
    await h.call<Claim>('addClaim', { text: 'Prices at the board were raised by water sellers' });
    const source = await h.source({ title: 'Water board annual report' });
    await h.source({ title: 'Board of water engineers' });
    const link = await h.call<Evidence>('addEvidence', { claimId: inOrder.id, sourceId: source.id, stance: 'supports', quote: 'the water board confirmed it' });
    const results = await search(h, { query: '"water board"' });
    expect(ids(results, 'claim')).toEqual([inOrder.id]);
    expect(ids(results, 'source')).toEqual([source.id]);
    expect(ids(results, 'evidence')).toEqual([link.id]);
    expect(results.groups.find((group) => group.kind === 'claim')?.total).toBe(1);
    expect(ids(await search(h, { query: 'water board' }), 'claim')).toHaveLength(2);
  });

  it('orders records that score the same newest first', async () => {
    const h = createHarness();
    const older = await h.clip('The ferry was late again.', 'Ferry');
    const newer = await h.clip('The ferry was late today.', 'Ferry');
    expect(ids(await search(h, { query: 'ferry' }), 'clip')).toEqual([newer.id, older.id]);
  });

  it('needs every word to match, ignores case and accents, and marks each matched word', async () => {
    const h = createHarness();
    const both = await h.clip('The Élysée confirmed the budget cuts on Monday.', 'Paris budget');
    await h.clip('The budget was approved.', 'Budget passed');
    const results = await search(h, { query: 'ELYSEE budget' });
    expect(ids(results, 'clip')).toEqual([both.id]);
    const hit = results.groups[0]?.hits[0];
    expect(hit && marked(hit)).toEqual(['Élysée', 'budget']);
  });
});

describe('ranking', () => {
  it('ranks a title match above a body-only match, and an exact word above a typo', async () => {
    const h = createHarness();
    const inBody = await h.clip('A long report on many things, among them the harbour.', 'Annual review');
    const inTitle = await h.clip('Ships were delayed again this week.', 'Harbour strike');
    expect(ids(await search(h, { query: 'harbour' }), 'clip')).toEqual([inTitle.id, inBody.id]);

    const exact = await h.clip('The pension fund lost money.', 'Pension losses');
    const typo = await h.clip('The pensions board met.', 'Board meeting');
    const results = await search(h, { query: 'pension' });
    expect(ids(results, 'clip')).toEqual([exact.id, typo.id]);
    const [first, second] = results.groups[0]?.hits ?? [];
    expect(first!.score).toBeGreaterThan(second!.score);
  });

  it('groups hits by kind, the group with the best hit first, with totals beyond the limit', async () => {
    const h = createHarness();
    for (let i = 0; i < 4; i++) await h.clip(`Paragraph ${i} mentions the ferry in passing.`, `Clip ${i}`);
    await h.source({ title: 'Ferry timetable', kind: 'dataset' });
    const results = await search(h, { query: 'ferry', limit: 2 });
    expect(results.groups.map((group) => group.kind)).toEqual(['source', 'clip']);
    const clips = results.groups.find((group) => group.kind === 'clip');
    expect(clips?.hits).toHaveLength(2);
    expect(clips?.total).toBe(4);
  });
});

async function newsroom(h: Harness) {
  const clipA = await h.clip('The port authority said cargo volumes fell sharply.', 'Port cargo falls');
  const clipB = await h.clip('Cargo theft at the port rose, police said.', 'Cargo theft');
  const claimA = await h.call<Claim>('addClaim', { clipId: clipA.id, quote: 'cargo volumes fell sharply' });
  const claimB = await h.call<Claim>('addClaim', { clipId: clipB.id, quote: 'Cargo theft at the port rose' });
  const web = await h.source({ title: 'Cargo statistics page', kind: 'web', publisher: 'Port Authority' });
  const person = await h.source({ title: 'Cargo handler interview', kind: 'person', person: { mayBeNamed: false } });
  const link = await h.call<Evidence>('addEvidence', { claimId: claimA.id, sourceId: web.id, stance: 'supports', quote: 'cargo down 20 percent' });
  await h.call<Evidence>('addEvidence', { claimId: claimB.id, sourceId: person.id, stance: 'context', quote: 'cargo goes missing weekly' });
  return { clipA, clipB, claimA, claimB, web, person, link };
}

describe('filters', () => {
  it('status keeps claims (and evidence through its claim) with that status only', async () => {
    const h = createHarness();
    const n = await newsroom(h);
    await h.call('setClaimStatus', { id: n.claimA.id, status: 'in_progress' });
    const results = await search(h, { query: 'cargo', status: ['in_progress'] });
    expect(results.groups.map((group) => group.kind).sort()).toEqual(['claim', 'evidence']);
    expect(ids(results, 'claim')).toEqual([n.claimA.id]);
    expect(ids(results, 'evidence')).toEqual([n.link.id]);
  });

  it('source kind keeps sources and evidence from that kind of source', async () => {
    const h = createHarness();
    const n = await newsroom(h);
    const results = await search(h, { query: 'cargo', sourceKind: 'person' });
    expect(ids(results, 'source')).toEqual([n.person.id]);
    expect(ids(results, 'evidence')).toHaveLength(1);
    expect(ids(results, 'clip')).toEqual([]);
  });

  it('story keeps what was added to it, claims in its clips, and their evidence and sources', async () => {
    const h = createHarness();
    const n = await newsroom(h);
    const story = await h.call<Story>('addStory', { title: 'Port investigation' });
    await h.call('assignToStory', { storyId: story.id, clipIds: [n.clipA.id] });
    const results = await search(h, { query: 'cargo', storyId: story.id });
    expect(ids(results, 'clip')).toEqual([n.clipA.id]);
    expect(ids(results, 'claim')).toEqual([n.claimA.id]);
    expect(ids(results, 'source')).toEqual([n.web.id]);
    expect(ids(results, 'evidence')).toEqual([n.link.id]);
    const missing = await h.refused('search', { query: 'cargo', storyId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' });
    expect(missing.message).toMatch(/story no longer exists/);
  });

  it('outlet matches a clip\'s site name or a source\'s publisher; the date range a clip\'s day', async () => {
    const h = createHarness();
    const n = await newsroom(h);
    const byOutlet = await search(h, { query: 'cargo', outlet: 'port auth' });
    expect(ids(byOutlet, 'source')).toEqual([n.web.id]);
    expect(ids(byOutlet, 'clip')).toEqual([]);
    // The harness clock starts on 2025-03-01: every clip was captured that day.
    expect(ids(await search(h, { query: 'cargo', from: '2025-03-01', to: '2025-03-01' }), 'clip')).toHaveLength(2);
    expect(ids(await search(h, { query: 'cargo', from: '2025-03-02' }), 'clip')).toEqual([]);
    expect(ids(await search(h, { query: 'cargo', to: '2025-02-28' }), 'clip')).toEqual([]);
  });

  it('kinds limits the groups searched', async () => {
    const h = createHarness();
    await newsroom(h);
    const results = await search(h, { query: 'cargo', kinds: ['source'] });
    expect(results.groups.map((group) => group.kind)).toEqual(['source']);
  });
});

describe('incremental updates', () => {
  it('shows an added, edited, trashed, restored and undone record in the next search', async () => {
    const h = createHarness();
    const clip = await h.clip('The ministry published the tender documents.', 'Tender');
    expect(ids(await search(h, { query: 'tender' }), 'claim')).toEqual([]);

    const claim = await h.call<Claim>('addClaim', { clipId: clip.id, quote: 'published the tender documents' });
    expect(ids(await search(h, { query: 'tender' }), 'claim')).toEqual([claim.id]);

    await h.call('updateClaim', { id: claim.id, text: 'The ministry released the contract papers', note: 'asked the press office' });
    expect(ids(await search(h, { query: 'tender' }), 'claim')).toEqual([]);
    expect(ids(await search(h, { query: 'contract papers' }), 'claim')).toEqual([claim.id]);
    expect(ids(await search(h, { query: 'press office' }), 'claim')).toEqual([claim.id]);

    await h.call('setClaimStatus', { id: claim.id, status: 'in_progress', rationale: 'Waiting for the procurement registry' });
    const byRationale = await search(h, { query: 'procurement' });
    expect(ids(byRationale, 'claim')).toEqual([claim.id]);
    expect(byRationale.groups[0]?.hits[0]?.status).toBe('in_progress');

    await h.call('deleteClaim', { id: claim.id });
    expect(ids(await search(h, { query: 'contract' }), 'claim')).toEqual([]);
    await h.call('restoreClaim', { id: claim.id });
    expect(ids(await search(h, { query: 'contract' }), 'claim')).toEqual([claim.id]);
  });

  it('drops an unlinked piece of evidence and brings it back when the unlink is undone', async () => {
    const h = createHarness();
    const claim = await h.call<Claim>('addClaim', { text: 'Turnout was 61 percent' });
    const source = await h.call<Source>('addSource', { title: 'Electoral commission results', kind: 'record' });
    const link = await h.call<Evidence>('addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'supports', quote: 'turnout reached sixty-one percent' });
    expect(ids(await search(h, { query: 'sixty' }), 'evidence')).toEqual([link.id]);
    await h.call('removeEvidence', { id: link.id });
    expect(ids(await search(h, { query: 'sixty' }), 'evidence')).toEqual([]);
    await h.call('restoreEvidence', { id: link.id });
    expect(ids(await search(h, { query: 'sixty' }), 'evidence')).toEqual([link.id]);
    // Trashing the source hides its evidence too.
    await h.call('deleteSource', { id: source.id, force: true });
    expect(ids(await search(h, { query: 'sixty' }), 'evidence')).toEqual([]);
  });
});
