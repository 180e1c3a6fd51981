import type { SearchHit } from '../../shared/api/search-views';

/** Where a search result opens on the desk. */
export type SearchTarget =
  /** A clip in the reader, optionally at a passage of its text and with one of its claims selected. */
  | { kind: 'clip'; clipId: string; passage: { start: number; end: number } | null; claimId: string | null }
  /** A claim on the claims board, with its detail (evidence, timeline) open beside it. */
  | { kind: 'claim'; claimId: string }
  /** A source in the sources library. */
  | { kind: 'source'; sourceId: string };

/**
 * Decides where a hit opens. A clip or a claim marked in a clip opens the clip at the matching passage
 * (the claim selected too); a claim typed in without a clip opens on the board; evidence opens the claim
 * it bears on, on the board, where its evidence is listed; a source opens in Sources. A hit that names
 * nothing to open gives null, and the palette says so rather than doing nothing.
 */
export function searchTarget(hit: SearchHit): SearchTarget | null {
  const passage = hit.passage && hit.passage.end >= hit.passage.start ? { start: hit.passage.start, end: hit.passage.end } : null;
  switch (hit.kind) {
    case 'clip': {
      const clipId = hit.clipId ?? hit.id;
      return { kind: 'clip', clipId, passage, claimId: null };
    }
    case 'claim': {
      const claimId = hit.claimId ?? hit.id;
      return hit.clipId ? { kind: 'clip', clipId: hit.clipId, passage, claimId } : { kind: 'claim', claimId };
    }
    case 'evidence':
      return hit.claimId ? { kind: 'claim', claimId: hit.claimId } : null;
    case 'source': {
      const sourceId = hit.sourceId ?? hit.id;
      return { kind: 'source', sourceId };
    }
  }
}
