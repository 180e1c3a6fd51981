import type { Claim, Clip, Evidence, Settings, Source, Story } from '../domain/entities';
import type { EvidenceCounts } from '../domain/status';

/** Shapes the API returns: records plus what the UI needs next to them, so it never fetches twice. */

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export interface NotebookInfo {
  path: string;
  notebookId: string;
  schemaVersion: number;
  createdAt: string;
  counts: { clips: number; claims: number; sources: number; evidence: number; stories: number };
  settings: Settings;
  /** What the store had to do on open (a file restored from backup, say), in words for the reporter. */
  notices: string[];
}

export interface ClipSummary extends Clip {
  claimCount: number;
}

/**
 * Where a claim's anchor sits in its clip's current text, found by re-anchoring (position, then
 * exact quote, then a fuzzy match). Offsets are code points. An orphaned claim keeps its quote and is
 * shown as such, never dropped.
 */
export type ResolvedAnchor =
  | { state: 'anchored' | 'moved' | 'fuzzy'; start: number; end: number }
  | { state: 'orphaned' };

/**
 * A claim as a list shows it (the board's cards, a source's claims): the claim, its clip's title (null
 * without a clip) and its live evidence by stance, so a page of cards needs no call per card.
 */
export interface ClaimSummary extends Claim {
  clipTitle: string | null;
  evidence: EvidenceCounts;
}

export interface ClaimInClip extends Claim {
  resolved: ResolvedAnchor | null;
}

export interface ClipDetail {
  clip: Clip;
  text: string;
  /** The stored article HTML (sanitized at capture); images point at ../assets/<sha256>.<ext>. */
  html: string;
  /** The whole sanitized page, when the clip kept one (web pages): the reader's "Full page". */
  fullHtml: string | null;
  /** The clip's claims (not in the trash), each re-anchored in the text. */
  claims: ClaimInClip[];
}

/** A sentence worth checking, with why, as offered by the offline suggester. */
export interface Suggestion {
  /** Stable across runs for the same sentence, so a dismissal sticks. */
  key: string;
  text: string;
  /** Code-point offsets of the sentence in the clip's plain text. */
  start: number;
  end: number;
  score: number;
  reasons: string[];
}

/** A deleted claim as the trash lists it: without its history, which the trash does not show (getClaim has it). */
export type TrashedClaim = Omit<Claim, 'history'>;

/** What the trash holds, one kind at a time: `listTrash` pages claims and sources separately. */
export type TrashKind = 'claims' | 'sources';

/** One page of the trash, newest deletion first; `kind` says which list it is a page of. */
export type TrashPage = ({ kind: 'claims' } & Page<TrashedClaim>) | ({ kind: 'sources' } & Page<Source>);

export interface AddClipResult {
  clip: Clip;
  /** True when the same text was clipped before and the existing clip is returned instead of a copy. */
  duplicate: boolean;
}

/**
 * One source with where it stands in the sources library (newest first, from 0): in the whole list
 * and in the list of its own kind, so a source opened from search can be scrolled into view without
 * paging through thousands. Null for a source in the trash, which the list does not show.
 */
export interface LocatedSource extends Source {
  position: number | null;
  kindPosition: number | null;
}

export interface EvidenceView extends Evidence {
  source: Source;
}

export interface ClaimDetail {
  claim: Claim;
  evidence: EvidenceView[];
  clip: Clip | null;
}

export type { Claim, Clip, Evidence, Settings, Source, Story };

/** Where a capture stands; stages as in the clipper: fetch, extract, images n/m, save. */
export type ClipJobProgress =
  | { stage: 'fetch'; receivedBytes: number; totalBytes?: number }
  | { stage: 'extract' }
  | { stage: 'images'; done: number; total: number }
  | { stage: 'save' };

export interface ClipJob {
  jobId: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  progress: ClipJobProgress | null;
  result?: AddClipResult;
  error?: { code: string; message: string };
}
