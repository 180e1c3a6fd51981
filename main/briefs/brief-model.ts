import type { Anchor, Stance } from '../../shared/domain/entities';
import type { Status } from '../../shared/domain/status';

/**
 * The brief as data, before any format: every renderer (Markdown, HTML, PDF, DOCX) and every
 * machine format (ClaimReview, Web Annotation, the evidence bundle) reads this one model, so they
 * cannot disagree about what was checked. Built by buildBriefModel (brief-builder.ts).
 */

export type BriefScope =
  | { kind: 'clip'; clipId: string }
  | { kind: 'story'; storyId: string }
  | { kind: 'claims'; claimIds: string[] };

export interface BriefOptions {
  scope: BriefScope;
  /** Put claims not yet in a final status in a "Still being checked" section instead of leaving them out. */
  includeOpen: boolean;
  /** Only claims with these statuses (final ones by default). */
  statuses?: Status[];
  title?: string;
  summary?: string;
}

/** Where the claim was published: the clip it was marked in. */
export interface BriefAppearance {
  clipId: string;
  clipTitle: string;
  outlet?: string;
  author?: string;
  publishedTime?: string;
  url?: string;
  /** SHA-256 of the stored article HTML and of the bytes received, so a reader can check the capture. */
  htmlSha256?: string;
  bytesSha256?: string;
  capturedAt?: string;
  /** The claim's W3C selectors in the clip's text, for Web Annotation export. */
  anchor?: Anchor;
}

export interface BriefEvidence {
  stance: Stance;
  /** 1-based number into BriefModel.citations. */
  citation: number;
  quote?: string;
  locator?: string;
  note?: string;
}

export interface BriefClaim {
  id: string;
  text: string;
  status: Status;
  /** The status in words, as printed ("Verified", "False", ...). */
  verdict: string;
  /** The rationale of the status change that set the current status. */
  rationale?: string;
  /** When the current status was set. */
  decidedAt?: string;
  appearance?: BriefAppearance;
  /** Evidence grouped by stance: supports, contradicts, context (empty stances left out). */
  evidence: Array<{ stance: Stance; items: BriefEvidence[] }>;
}

export interface BriefCitation {
  n: number;
  sourceId: string;
  title: string;
  publisher?: string;
  author?: string;
  date?: string;
  url?: string;
  accessedDate?: string;
  /** The source's capture in the notebook, when it has one: clip id and the SHA-256 of its stored HTML. */
  clipId?: string;
  captureSha256?: string;
}

export interface BriefModel {
  title: string;
  summary: string;
  /** What the brief covers, in words ("Story: Landmine treaty", "Clip: ...", "3 chosen claims"). */
  scopeLabel: string;
  generatedAt: string;
  organization: { name?: string; url?: string };
  reporterName?: string;
  /** Claims in a final status (verified, false, misleading, unverifiable), in reading order. */
  claims: BriefClaim[];
  /** Claims still open; printed under "Still being checked" only when includeOpen was set. */
  openClaims: BriefClaim[];
  includeOpen: boolean;
  /** Things the reporter should know before sending it, e.g. which open claims were left out. */
  warnings: string[];
  citations: BriefCitation[];
  /** Every clip the brief cites or quotes, for the evidence bundle. */
  clipIds: string[];
}
