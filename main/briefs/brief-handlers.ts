import type { Handlers } from '../api/dispatch';
import type { ParsedInput } from '../../shared/api/contract';
import type { BriefMethodName } from '../../shared/api/brief-method-names';
import type { BriefPreview } from '../../shared/api/brief-views';
import type { Status } from '../../shared/domain/status';
import type { ServiceContext } from '../services/service-context';
import { buildBriefModel } from './brief-builder';
import { createBriefExportJobs, type BriefExportJobs } from './brief-export-jobs';
import type { BriefOptions, BriefScope } from './brief-model';
import { renderBriefHtml } from './formats/brief-html';
import type { PdfPrinter } from './pdf/pdf-printer';
import { renderBrief } from './render-brief';

/** A file the host is asked to save: Electron shows its save dialog and writes it there. */
export interface BriefFileToSave {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface BriefHandlerOptions {
  /** Prints PDFs: Electron passes one on webContents.printToPDF; otherwise headless Chromium. */
  pdfPrinter?: PdfPrinter;
  /**
   * Asks the reporter where to save and writes the file; resolves to the path, or null when they
   * cancelled. Only the Electron host has one; without it saveBriefExport answers `unavailable`
   * and the renderer downloads the file instead.
   */
  saveFile?: (file: BriefFileToSave) => Promise<string | null>;
  /** The notebook's exports; whoever opens the notebook may pass one to wait for them on close. */
  jobs?: BriefExportJobs;
}

/** Headless Chromium, loaded on first PDF only: playwright-core costs start-up time the app rarely needs. */
const lazyChromiumPrinter: PdfPrinter = async (html) => {
  const { createChromiumPdfPrinter } = await import('./pdf/chromium-pdf-printer');
  return createChromiumPdfPrinter()(html);
};

type BriefInput = ParsedInput<'previewBrief'>;

/** The contract's flat input (one of clipId, storyId, claimIds) as the builder's options. */
export function briefOptionsOf(input: BriefInput): BriefOptions {
  const scope: BriefScope = input.clipId
    ? { kind: 'clip', clipId: input.clipId }
    : input.storyId
      ? { kind: 'story', storyId: input.storyId }
      : { kind: 'claims', claimIds: input.claimIds ?? [] };
  const options: BriefOptions = { scope, includeOpen: input.includeOpen };
  if (input.statuses?.length) options.statuses = input.statuses;
  if (input.title) options.title = input.title;
  if (input.summary) options.summary = input.summary;
  return options;
}

async function previewBrief(ctx: ServiceContext, input: BriefInput): Promise<BriefPreview> {
  const model = await buildBriefModel(ctx, briefOptionsOf(input));
  const byStatus: Partial<Record<Status, number>> = {};
  for (const claim of model.includeOpen ? [...model.claims, ...model.openClaims] : model.claims) byStatus[claim.status] = (byStatus[claim.status] ?? 0) + 1;
  return {
    title: model.title,
    scopeLabel: model.scopeLabel,
    html: renderBriefHtml(model),
    warnings: model.warnings,
    openClaims: model.openClaims.map(({ id, text, status, verdict }) => ({ id, text, status, verdict })),
    counts: { claims: model.claims.length, open: model.openClaims.length, citations: model.citations.length, byStatus },
  };
}

/** The briefs section's handlers (issue 5). */
export function createBriefHandlers(ctx: ServiceContext, options: BriefHandlerOptions = {}): Pick<Handlers, BriefMethodName> {
  const jobs = options.jobs ?? createBriefExportJobs();
  const pdfPrinter = options.pdfPrinter ?? lazyChromiumPrinter;
  return {
    previewBrief: (input) => previewBrief(ctx, input),
    startBriefExport: ({ format, ...input }) => {
      const briefOptions = briefOptionsOf(input);
      return jobs.start(format, (onProgress, signal) => renderBrief(ctx, briefOptions, format, { pdfPrinter, onProgress, signal }));
    },
    getBriefExportJob: (input) => jobs.get(input.jobId),
    getBriefExportFile: (input) => {
      const file = jobs.file(input.jobId);
      return { fileName: file.fileName, mimeType: file.mimeType, dataBase64: Buffer.from(file.bytes).toString('base64') };
    },
    saveBriefExport: async (input) => {
      const file = jobs.file(input.jobId);
      if (!options.saveFile) return { saved: false, reason: 'unavailable' };
      const path = await options.saveFile(file);
      return path ? { saved: true, path } : { saved: false, reason: 'cancelled' };
    },
  };
}
