import { describe, expect, it } from 'vitest';
import { clipFromUrl } from '../../../../main/clipper/pipeline/clip-sources';
import { anchorQuote } from '../../../../shared/domain/anchor';
import type { Claim } from '../../../../shared/domain/entities';
import { nextHistoryEntry } from '../../../../shared/domain/history';
import { newId } from '../../../../shared/domain/ids';
import { reanchor } from '../../../../shared/domain/reanchor';
import { article, createFixture } from './fake-stages';

const URL = 'https://gazette.example/depot';
const FIRST = 'The council will close the depot on Friday.\n\nResidents objected to the plan.\n\nThe mayor declined to comment.';
// The second capture: a correction added at the top, a typo in the claim's sentence fixed, the last paragraph gone.
const SECOND =
  'Correction: an earlier version misstated the day.\n\nThe council will close the depot on Friday.\n\nResidents objected to the plans.';

function claimIn(clipId: string, text: string, quote: string): Claim {
  const match = anchorQuote(text, quote);
  if (!match.found) throw new Error(`quote not in text: ${quote}`);
  const id = newId();
  const at = '2026-01-05T10:00:00.000Z';
  return {
    id,
    clipId,
    text: quote,
    anchor: match.anchor,
    status: 'unverified',
    history: [nextHistoryEntry(id, [], 'unverified', at, 'Claim recorded')],
    createdAt: at,
    updatedAt: at,
  };
}

describe('a new version of an article keeps its claims', () => {
  it('moves each claim to the new version, re-anchored where it still matches and orphaned where it does not', async () => {
    let text = FIRST;
    const { ctx, store } = createFixture({
      extractArticle: () => article({ articleText: text, articleHtml: '<p>x</p>', fullHtml: '<p>x</p>', fullText: text, imageUrls: [] }),
    });
    const first = await clipFromUrl(ctx, { url: URL });
    const depot = claimIn(first.clip.id, FIRST, 'The council will close the depot on Friday');
    const objected = claimIn(first.clip.id, FIRST, 'Residents objected to the plan');
    const mayor = claimIn(first.clip.id, FIRST, 'The mayor declined to comment');
    await store.commit([depot, objected, mayor].map((claim) => ({ type: 'claim.put' as const, claim })));

    text = SECOND;
    const second = await clipFromUrl(ctx, { url: URL, newVersion: true });
    expect(second.clip.previousVersionId).toBe(first.clip.id);

    const moved = (id: string) => store.data.claims[id] as Claim;
    for (const claim of [depot, objected, mayor]) {
      expect(moved(claim.id).clipId).toBe(second.clip.id);
      expect(moved(claim.id).history).toEqual(claim.history);
    }
    // Found exactly, further down: fresh selectors point at the new text.
    const depotAnchor = moved(depot.id).anchor!;
    expect(Array.from(SECOND).slice(depotAnchor.position.start, depotAnchor.position.end).join('')).toBe('The council will close the depot on Friday');
    expect(reanchor(SECOND, depotAnchor)).toMatchObject({ state: 'anchored' });
    // Edited ("plan" -> "plans"): found approximately, anchored on the new wording.
    expect(moved(objected.id).anchor?.quote.exact).toMatch(/^Residents objected to the plan/);
    expect(reanchor(SECOND, moved(objected.id).anchor!).state).toBe('anchored');
    // Gone from the new text: it moves anyway, keeps its quote, and shows as orphaned there.
    expect(moved(mayor.id).anchor).toEqual(mayor.anchor);
    expect(reanchor(SECOND, moved(mayor.id).anchor!)).toEqual({ state: 'orphaned' });
    // The clip and the moved claims were one commit.
    expect(store.commits.at(-1)?.map((op) => op.type)).toEqual(['clip.put', 'claim.put', 'claim.put', 'claim.put']);
  });

  it('leaves claims in the trash where they are', async () => {
    let text = FIRST;
    const { ctx, store } = createFixture({
      extractArticle: () => article({ articleText: text, articleHtml: '<p>x</p>', fullHtml: '<p>x</p>', fullText: text, imageUrls: [] }),
    });
    const first = await clipFromUrl(ctx, { url: URL });
    const trashed = { ...claimIn(first.clip.id, FIRST, 'The mayor declined to comment'), deletedAt: '2026-01-06T10:00:00.000Z' };
    await store.commit([{ type: 'claim.put', claim: trashed }]);
    text = SECOND;
    await clipFromUrl(ctx, { url: URL, newVersion: true });
    expect(store.data.claims[trashed.id]?.clipId).toBe(first.clip.id);
  });
});
