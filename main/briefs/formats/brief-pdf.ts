import type { BriefModel } from '../brief-model';
import type { PdfPrinter } from '../pdf/pdf-printer';
import { renderBriefHtml } from './brief-html';

/**
 * The PDF is the HTML brief printed by Chromium, so the two read alike and the PDF's text is real
 * text (selectable, searchable), not an image. The printer adds "Page n of m" in the footer.
 */
export async function renderBriefPdf(model: BriefModel, printer: PdfPrinter): Promise<Uint8Array> {
  return printer(renderBriefHtml(model));
}
