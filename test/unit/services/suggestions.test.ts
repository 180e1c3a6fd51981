import { beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../main/api/dispatch';
import { createHandlers } from '../../../main/services/handlers';
import type { ApiResult } from '../../../shared/api/result';
import type { AddClipResult, ClipDetail, Suggestion } from '../../../shared/api/views';
import type { Claim, Clip } from '../../../shared/domain/entities';
import { createMemoryStore, type MemoryStore } from '../../support/memory-store';

const LATER = '2030-01-02T03:04:05.000Z';
let store: MemoryStore;
let dispatch: Dispatch;
let clipId: string;

async function call<T>(method: string, input: unknown): Promise<T> {
  const result = (await dispatch(method, input)) as ApiResult<T>;
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function refused(method: string, input: unknown) {
  const result = await dispatch(method, input);
  if (result.ok) throw new Error(`${method} should have been refused`);
  return result.error;
}

const suggest = (limit?: number) => call<Suggestion[]>('suggestClaims', { clipId, ...(limit ? { limit } : {}) });
const find = (list: Suggestion[], words: string) => list.find((suggestion) => suggestion.text.includes(words));

beforeEach(async () => {
  store = createMemoryStore();
  dispatch = createDispatcher(createHandlers(store, () => LATER));
  clipId = (await call<AddClipResult>('addSampleClip', {})).clip.id;
});

describe('suggestClaims', () => {
  it('suggests the sample article\'s checkable sentences, best first, with reasons', async () => {
    const top = await suggest(6);
    expect(top).toHaveLength(6);
    expect(find(top, '122 countries signed the Ottawa Convention')?.reasons).toContain('has a date: December 3-4, 1997');
    expect(find(top, 'reported by the BBC')).toBeDefined();
    expect((await suggest()).length).toBeGreaterThan(6);
  });

  it('leaves out sentences that already hold a claim', async () => {
    const before = await suggest();
    expect(find(before, 'Ottawa Convention')).toBeDefined();
    await call<Claim>('addClaim', { clipId, quote: '122 countries signed the Ottawa Convention' });
    const after = await suggest();
    expect(find(after, 'Ottawa Convention')).toBeUndefined();
    expect(after).toHaveLength(before.length - 1);
  });

  it('offers the sentence again when its claim goes to the trash', async () => {
    const claim = await call<Claim>('addClaim', { clipId, quote: '122 countries signed the Ottawa Convention' });
    await call('deleteClaim', { id: claim.id });
    expect(find(await suggest(), 'Ottawa Convention')).toBeDefined();
  });

  it('refuses an unknown clip with a message that says what to do', async () => {
    const error = await refused('suggestClaims', { clipId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' });
    expect(error.code).toBe('not_found');
    expect(error.message).toMatch(/No clip with ID 01ARZ3NDEKTSV4RRFFQ69G5FAV/);
  });
});

describe('dismissSuggestion', () => {
  it('hides a dismissed suggestion for good and records when the clip changed', async () => {
    const target = find(await suggest(), 'the US has closed its embassy');
    if (!target) throw new Error('the embassy sentence should be suggested');
    expect(await call('dismissSuggestion', { clipId, key: target.key })).toEqual({ dismissed: target.key });

    const after = await suggest();
    expect(after.some((suggestion) => suggestion.key === target.key)).toBe(false);
    expect(find(after, 'Ottawa Convention')).toBeDefined();

    const clip = store.data.clips[clipId] as Clip;
    expect(clip.dismissedSuggestions).toEqual([target.key]);
    expect(clip.updatedAt).toBe(LATER);
    expect(store.commits.at(-1)).toEqual([{ type: 'clip.put', clip }]);
  });

  it('writes nothing when the same suggestion is dismissed twice', async () => {
    const [first] = await suggest();
    await call('dismissSuggestion', { clipId, key: first?.key });
    const commits = store.commits.length;
    await call('dismissSuggestion', { clipId, key: first?.key });
    expect(store.commits).toHaveLength(commits);
    expect((store.data.clips[clipId] as Clip).dismissedSuggestions).toEqual([first?.key]);
  });

  it('refuses an unknown clip and writes nothing', async () => {
    const commits = store.commits.length;
    const error = await refused('dismissSuggestion', { clipId: '01ARZ3NDEKTSV4RRFFQ69G5FAV', key: 'abc' });
    expect(error.code).toBe('not_found');
    expect(store.commits).toHaveLength(commits);
  });
});

describe('getClip re-anchors its claims', () => {
  it('returns each live claim with where it sits in the text, and leaves the trash out', async () => {
    const kept = await call<Claim>('addClaim', { clipId, quote: '122 countries signed the Ottawa Convention' });
    const trashed = await call<Claim>('addClaim', { clipId, quote: 'the US has closed its embassy in Kiev' });
    await call('deleteClaim', { id: trashed.id });
    const detail = await call<ClipDetail>('getClip', { id: clipId });
    expect(detail.claims.map((claim) => claim.id)).toEqual([kept.id]);
    const [claim] = detail.claims;
    expect(claim?.resolved).toEqual({ state: 'anchored', start: kept.anchor?.position.start, end: kept.anchor?.position.end });
    if (claim?.resolved?.state !== 'anchored') return;
    expect(Array.from(detail.text).slice(claim.resolved.start, claim.resolved.end).join('')).toBe(
      '122 countries signed the Ottawa Convention',
    );
  });

  it('shows a claim whose quote no longer matches as orphaned, never dropping it', async () => {
    const claim = await call<Claim>('addClaim', { clipId, quote: '122 countries signed the Ottawa Convention' });
    // A stored anchor from an older version whose words are gone from this text.
    const stale: Claim = {
      ...claim,
      anchor: {
        quote: { type: 'TextQuoteSelector', exact: 'forty-seven ministers resigned over the budget dispute', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 5, end: 60 },
      },
    };
    await store.commit([{ type: 'claim.put', claim: stale }]);
    const detail = await call<ClipDetail>('getClip', { id: clipId });
    expect(detail.claims).toHaveLength(1);
    expect(detail.claims[0]?.resolved).toEqual({ state: 'orphaned' });
    expect(detail.claims[0]?.anchor?.quote.exact).toBe('forty-seven ministers resigned over the budget dispute');
  });

  it('gives a claim typed in without an anchor no position', async () => {
    const claim: Claim = {
      ...(await call<Claim>('addClaim', { clipId, quote: '122 countries signed the Ottawa Convention' })),
      anchor: null,
    };
    await store.commit([{ type: 'claim.put', claim }]);
    const detail = await call<ClipDetail>('getClip', { id: clipId });
    expect(detail.claims[0]?.resolved).toBeNull();
  });
});
