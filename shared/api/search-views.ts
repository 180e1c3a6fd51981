import type { SourceKind } from '../domain/entities';
import type { Status } from '../domain/status';

/** What search returns (issue 7). Offsets are code points, like every other offset in the API. */

export const SEARCH_KINDS = ['clip', 'claim', 'source', 'evidence'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** A short excerpt around the match, with the matched words' ranges in it, for highlighting. */
export interface SearchSnippet {
  text: string;
  highlights: Array<{ start: number; end: number }>;
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  snippet: SearchSnippet;
  score: number;
  /** Where to open it: the clip to show, and for clip text or claims the passage in the clip's text. */
  clipId?: string;
  claimId?: string;
  sourceId?: string;
  passage?: { start: number; end: number };
  status?: Status;
  sourceKind?: SourceKind;
  outlet?: string;
  date?: string;
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
  /** Matches of this kind in all, when more than the hits shown. */
  total: number;
}

export interface SearchResults {
  query: string;
  groups: SearchGroup[];
  /** True while the index is still being built: results may be incomplete, and the UI says "indexing…". */
  indexing: boolean;
  tookMs: number;
}

export interface SearchStatus {
  state: 'indexing' | 'ready';
  indexed: number;
  total: number;
}
