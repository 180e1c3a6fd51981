/**
 * PDF.js for Node: the legacy build (the modern one assumes browser APIs), loaded on first use so the
 * CLI and the app start without it. Its worker code is loaded on this thread and handed to PDF.js as
 * `globalThis.pdfjsWorker`, which PDF.js checks before trying to start a worker from a file: so it
 * works from a bundle where no pdf.worker.mjs sits next to the code.
 */
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}
