import { describe, expect, it } from 'vitest';
import type { SearchResults, SearchStatus } from '../../../shared/api/search-views';
import type { Claim } from '../../../shared/domain/entities';
import { createHarness } from '../services/service-harness';

const BRIDGE = 'The council voted on Tuesday to close the Elm Street bridge for repairs.\n\nEngineers found corrosion in the steel beams, the report said.';
const BUDGET = 'The city budget rose by 12 percent this year, officials said.\n\nHousing and schools took most of the increase.';

describe('search through the dispatcher', () => {
  it('finds clips and claims by their words, with highlighted snippets and where to open them', async () => {
    const h = createHarness();
    const bridge = await h.clip(BRIDGE, 'Bridge closed for repairs');
    await h.clip(BUDGET, 'Budget grows');
    const claim = await h.call<Claim>('addClaim', { clipId: bridge.id, quote: 'Engineers found corrosion in the steel beams' });

    const results = await h.call<SearchResults>('search', { query: 'corrosion' });
    expect(results.query).toBe('corrosion');
    const kinds = results.groups.map((group) => group.kind).sort();
    expect(kinds).toEqual(['claim', 'clip']);
    const clipHit = results.groups.find((group) => group.kind === 'clip')?.hits[0];
    expect(clipHit?.id).toBe(bridge.id);
    const [mark] = clipHit?.snippet.highlights ?? [];
    expect(mark && Array.from(clipHit?.snippet.text ?? '').slice(mark.start, mark.end).join('')).toBe('corrosion');
    // The passage points at the word in the clip's plain text, in code points.
    expect(Array.from(BRIDGE).slice(clipHit?.passage?.start, clipHit?.passage?.end).join('')).toBe('corrosion');
    const claimHit = results.groups.find((group) => group.kind === 'claim')?.hits[0];
    expect(claimHit).toMatchObject({ id: claim.id, clipId: bridge.id, status: 'unverified', passage: { start: claim.anchor?.position.start, end: claim.anchor?.position.end } });

    let status = await h.call<SearchStatus>('getSearchStatus', {});
    for (let i = 0; i < 50 && status.state !== 'ready'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      status = await h.call<SearchStatus>('getSearchStatus', {});
    }
    expect(status).toMatchObject({ state: 'ready', indexed: 3, total: 3 });
    expect((await h.call<SearchResults>('search', { query: 'corrosion' })).indexing).toBe(false);
  });
});
