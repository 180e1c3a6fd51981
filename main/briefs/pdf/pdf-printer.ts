/**
 * Turns a brief's self-contained HTML into PDF bytes. Two hosts print differently (Electron's own
 * webContents.printToPDF; headless Chromium through playwright-core in browser mode and the CLI), so
 * the PDF format takes the printer as a dependency and stays the same everywhere.
 */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

/**
 * The page footer every printer puts on each page: the brief's title is in the document, so the
 * footer carries only "Page n of m", in Chromium's header/footer template classes.
 */
export const PDF_FOOTER_TEMPLATE =
  '<div style="width:100%;font:9px system-ui,sans-serif;color:#555;text-align:center;padding:0 12mm;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';

/** An empty header: Chromium prints the date and title there unless given one. */
export const PDF_HEADER_TEMPLATE = '<div></div>';
