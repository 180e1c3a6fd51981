import type { Claim, Clip, Evidence, Settings, Source, Story } from '../domain/entities';

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

export interface ClipDetail {
  clip: Clip;
  text: string;
  html: string;
  claims: Claim[];
}

export interface AddClipResult {
  clip: Clip;
  /** True when the same text was clipped before and the existing clip is returned instead of a copy. */
  duplicate: boolean;
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
