import { describe, expect, it } from 'vitest';
import type { SearchHit, SearchResults } from '../../../../shared/api/search-views';
import { flatOptions, moveActive, resultGroups, totalMatches } from '../../../../renderer/search/result-options';

const hit = (kind: SearchHit['kind'], id: string): SearchHit => ({ kind, id, title: id, snippet: { text: id, highlights: [] }, score: 1 });

const results: SearchResults = {
  query: 'budget',
  indexing: false,
  tookMs: 3,
  groups: [
    { kind: 'source', hits: [hit('source', 's1')], total: 1 },
    { kind: 'evidence', hits: [], total: 0 },
    { kind: 'claim', hits: [hit('claim', 'c1'), hit('claim', 'c2')], total: 14 },
    { kind: 'clip', hits: [hit('clip', 'k1')], total: 1 },
  ],
};

describe('resultGroups', () => {
  it('keeps the ranked order of the groups, drops empty ones and heads each with its count', () => {
    const groups = resultGroups(results, 'r');
    expect(groups.map((g) => g.heading)).toEqual(['Sources (1)', 'Claims (2 of 14)', 'Clips (1)']);
    expect(flatOptions(groups).map((o) => o.hit.id)).toEqual(['s1', 'c1', 'c2', 'k1']);
  });

  it('gives every option its own DOM id for aria-activedescendant', () => {
    const ids = flatOptions(resultGroups(results, 'r')).map((o) => o.domId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('counts every match, not only those shown', () => {
    expect(totalMatches(results)).toBe(16);
    expect(totalMatches(null)).toBe(0);
    expect(resultGroups(null, 'r')).toEqual([]);
  });
});

describe('moveActive', () => {
  it('wraps round at either end with the arrow keys', () => {
    expect(moveActive(3, 1, 4)).toBe(0);
    expect(moveActive(0, -1, 4)).toBe(3);
    expect(moveActive(1, 1, 4)).toBe(2);
  });

  it('starts at the first (down) or last (up) when nothing is active', () => {
    expect(moveActive(-1, 1, 4)).toBe(0);
    expect(moveActive(-1, -1, 4)).toBe(3);
    expect(moveActive(-1, 1, 0)).toBe(-1);
  });

  it('stops at the ends on Page Up and Page Down', () => {
    expect(moveActive(2, 5, 4)).toBe(3);
    expect(moveActive(2, -5, 4)).toBe(0);
  });
});
