import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../../shared/api/search-views';
import { searchTarget } from '../../../../renderer/search/search-target';

const base = { title: 't', snippet: { text: 't', highlights: [] }, score: 1 };

describe('searchTarget', () => {
  it('opens a clip at the passage that matched', () => {
    const hit: SearchHit = { ...base, kind: 'clip', id: 'CLIP', clipId: 'CLIP', passage: { start: 120, end: 140 } };
    expect(searchTarget(hit)).toEqual({ kind: 'clip', clipId: 'CLIP', passage: { start: 120, end: 140 }, claimId: null });
  });

  it('opens a clip whose title matched at its top', () => {
    expect(searchTarget({ ...base, kind: 'clip', id: 'CLIP' })).toEqual({ kind: 'clip', clipId: 'CLIP', passage: null, claimId: null });
  });

  it('opens a claim in its clip at its passage, with the claim selected', () => {
    const hit: SearchHit = { ...base, kind: 'claim', id: 'CLAIM', claimId: 'CLAIM', clipId: 'CLIP', passage: { start: 5, end: 30 }, status: 'false' };
    expect(searchTarget(hit)).toEqual({ kind: 'clip', clipId: 'CLIP', passage: { start: 5, end: 30 }, claimId: 'CLAIM' });
  });

  it('opens a claim typed in without a clip on the board', () => {
    expect(searchTarget({ ...base, kind: 'claim', id: 'CLAIM' })).toEqual({ kind: 'claim', claimId: 'CLAIM' });
  });

  it('opens evidence as the claim it bears on', () => {
    expect(searchTarget({ ...base, kind: 'evidence', id: 'EV', claimId: 'CLAIM', sourceId: 'SRC', clipId: 'OTHER' })).toEqual({ kind: 'claim', claimId: 'CLAIM' });
    expect(searchTarget({ ...base, kind: 'evidence', id: 'EV' })).toBeNull();
  });

  it('opens a source in the sources library', () => {
    expect(searchTarget({ ...base, kind: 'source', id: 'SRC', sourceId: 'SRC' })).toEqual({ kind: 'source', sourceId: 'SRC' });
  });
});
