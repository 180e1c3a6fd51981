import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDF_FOOTER_TEMPLATE, PDF_HEADER_TEMPLATE, type PdfPrinter } from './pdf-printer';

/**
 * What the printer needs of an Electron window: the few methods of BrowserWindow and webContents it
 * calls, so it is tested with a fake and the Electron shell wires in a real hidden window.
 */
export interface PrintableWindow {
  webContents: {
    loadURL(url: string): Promise<void>;
    printToPDF(options: ElectronPrintOptions): Promise<Uint8Array>;
  };
  destroy(): void;
}

/** The subset of Electron's printToPDF options we use (margins in inches). */
export interface ElectronPrintOptions {
  pageSize: 'A4';
  printBackground: boolean;
  preferCSSPageSize: boolean;
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
  margins: { top: number; bottom: number; left: number; right: number };
  generateTaggedPDF: boolean;
  generateDocumentOutline: boolean;
}

export const ELECTRON_PRINT_OPTIONS: ElectronPrintOptions = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: true,
  headerTemplate: PDF_HEADER_TEMPLATE,
  footerTemplate: PDF_FOOTER_TEMPLATE,
  margins: { top: 0.71, bottom: 0.79, left: 0.63, right: 0.63 },
  generateTaggedPDF: true,
  generateDocumentOutline: true,
};

/**
 * Prints with Electron's own Chromium (webContents.printToPDF), so the desktop app needs no other
 * browser. `openWindow` makes a hidden window with JavaScript off, sandboxed and with no preload;
 * it is destroyed after each brief, whatever happens. The HTML is self-contained, so nothing else is
 * fetched. It is loaded from a private temp file rather than a data: URL, which Chromium caps at 2 MB
 * (a long story's brief in a non-Latin script, percent-encoded, passes that); the file is removed after.
 */
export function createElectronPdfPrinter(openWindow: () => PrintableWindow, tempRoot: string = tmpdir()): PdfPrinter {
  return async (html) => {
    const dir = await mkdtemp(path.join(tempRoot, 'newsroom-brief-'));
    const window = openWindow();
    try {
      const file = path.join(dir, 'brief.html');
      await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
      await window.webContents.loadURL(pathToFileURL(file).href);
      return new Uint8Array(await window.webContents.printToPDF(ELECTRON_PRINT_OPTIONS));
    } finally {
      window.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  };
}
