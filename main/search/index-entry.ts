import type { SearchKind } from '../../shared/api/search-views';

/**
 * What the engine is sent for each record: the text to index once, and the few fields the filters
 * need. Records are numbered by the search service on the main thread (record-numbers.ts), which
 * keeps their ids; the engine keeps only numbers, filter fields and the index, so the worker's
 * memory stays small. Plain data, so it crosses to the worker by structured cloning.
 */
export interface IndexEntry {
  kind: SearchKind;
  /** The record's number (stable for its id). */
  n: number;
  /** Its id: only for ordering ties newest first (ULIDs sort by creation); the engine packs it. */
  id: string;
  /** Words that weigh double: a clip's or source's title, a claim's text, an evidence quote. */
  main: string;
  /** The other words (a clip's body is read by the engine from `textSha256` instead). */
  more: string;
  textSha256?: string;
  /** ISO date the date filter compares by day. */
  date: string;
  status?: string;
  sourceKind?: string;
  outlet?: string;
  trashed: boolean;
  /** A claim's clip, or an evidence link's claim (a record number, -1 for none). */
  up: number;
  /** An evidence link's source (a record number, -1 for none). */
  source: number;
}

export interface StoryEntry {
  kind: 'story';
  id: string;
  clips: number[];
  claims: number[];
}

/** A change to apply: a record's current state, a story, or a record gone for good. */
export type IndexChange = IndexEntry | StoryEntry | { kind: 'removed'; n: number };
