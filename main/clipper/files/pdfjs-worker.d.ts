/** The PDF.js worker module, imported on the main thread so PDF.js needs no worker file at run time. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
