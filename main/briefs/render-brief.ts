import { BRIEF_FORMAT_FILES, type BriefFormat } from '../../shared/domain/brief-formats';
import type { ServiceContext } from '../services/service-context';
import { buildBriefModel } from './brief-builder';
import { stopIfClosing } from './brief-closing';
import { formatWarnings } from './brief-format-warnings';
import { fileNameFor } from './brief-file-name';
import type { BriefModel, BriefOptions } from './brief-model';
import { buildEvidenceBundle } from './bundle/evidence-bundle';
import { renderClaimReview } from './formats/claim-review';
import { renderBriefDocx } from './formats/brief-docx';
import { renderBriefHtml } from './formats/brief-html';
import { renderBriefMarkdown } from './formats/brief-markdown';
import { renderBriefPdf } from './formats/brief-pdf';
import { renderWebAnnotations } from './formats/web-annotations';
import type { PdfPrinter } from './pdf/pdf-printer';
import { jsonLdBytes } from './formats/json-ld';

export interface RenderBriefDeps {
  pdfPrinter: PdfPrinter;
  /** Told each step in words ("Reading the notebook", "Printing the PDF"), for progress in the UI and CLI. */
  onProgress?: (step: string) => void;
  /** Aborted when the notebook closes under a background export: it stops at its next step. */
  signal?: AbortSignal;
}

export interface RenderedBrief {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
  model: BriefModel;
}

const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

/** The step each format spends its time in, as the progress line says it. */
const RENDER_STEP: Record<BriefFormat, string> = {
  md: 'Writing Markdown',
  html: 'Writing HTML',
  pdf: 'Printing the PDF',
  docx: 'Writing the Word document',
  claimreview: 'Writing ClaimReview',
  annotations: 'Writing Web Annotations',
  bundle: 'Packing the evidence bundle',
};

async function renderBytes(ctx: ServiceContext, model: BriefModel, format: BriefFormat, deps: RenderBriefDeps): Promise<Uint8Array> {
  switch (format) {
    case 'md':
      return utf8(renderBriefMarkdown(model));
    case 'html':
      return utf8(renderBriefHtml(model));
    case 'pdf':
      return renderBriefPdf(model, deps.pdfPrinter);
    case 'docx':
      return renderBriefDocx(model);
    case 'claimreview':
      return jsonLdBytes(renderClaimReview(model));
    case 'annotations':
      return jsonLdBytes(renderWebAnnotations(model));
    case 'bundle':
      return buildEvidenceBundle(ctx, model, deps);
  }
}

/** Build the brief from the notebook and render it in one format, with its file name and MIME type. */
export async function renderBrief(ctx: ServiceContext, options: BriefOptions, format: BriefFormat, deps: RenderBriefDeps): Promise<RenderedBrief> {
  stopIfClosing(deps.signal);
  deps.onProgress?.('Reading the notebook');
  const built = await buildBriefModel(ctx, options);
  // The format's own warnings (ClaimReview without the organization's URL) travel with the model, so
  // the export job and the CLI report them in the same words.
  const model: BriefModel = { ...built, warnings: [...built.warnings, ...formatWarnings(built, format)] };
  stopIfClosing(deps.signal);
  deps.onProgress?.(RENDER_STEP[format]);
  const bytes = await renderBytes(ctx, model, format, deps);
  const file = BRIEF_FORMAT_FILES[format];
  return { bytes, fileName: fileNameFor(model, format), mimeType: file.mimeType, model };
}
