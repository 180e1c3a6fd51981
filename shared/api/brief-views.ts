import type { BriefFormat } from '../domain/brief-formats';
import type { Status } from '../domain/status';

/** What the briefs section of the API returns (issue 5). */

/** A claim left out of a brief (or put under "Still being checked") because it has no final verdict. */
export interface BriefOpenClaim {
  id: string;
  text: string;
  status: Status;
  verdict: string;
}

export interface BriefPreview {
  title: string;
  scopeLabel: string;
  /** The brief as the HTML export renders it: self-contained, no script; shown in a sandboxed frame. */
  html: string;
  /** What to know before sending it, e.g. the open claims left out, by name. */
  warnings: string[];
  openClaims: BriefOpenClaim[];
  counts: { claims: number; open: number; citations: number; byStatus: Partial<Record<Status, number>> };
}

export interface BriefExportJob {
  jobId: string;
  format: BriefFormat;
  state: 'running' | 'done' | 'failed';
  /** The step under way or last done, in words ("Printing the PDF"). */
  step: string;
  error?: { code: string; message: string };
  fileName?: string;
  mimeType?: string;
  byteLength?: number;
  warnings?: string[];
}

export interface BriefExportFile {
  fileName: string;
  mimeType: string;
  dataBase64: string;
}

/**
 * Saving through the host: the Electron app asks where with a native dialog and writes the file;
 * browser mode and the CLI have no such dialog (`unavailable`), and the renderer downloads the file instead.
 */
export type BriefSaveResult = { saved: true; path: string } | { saved: false; reason: 'cancelled' | 'unavailable' };
