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
 * it is destroyed after each brief, whatever happens. The HTML is loaded as a data: URL: it is
 * self-contained, so nothing else is fetched.
 */
export function createElectronPdfPrinter(openWindow: () => PrintableWindow): PdfPrinter {
  return async (html) => {
    const window = openWindow();
    try {
      await window.webContents.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
      return new Uint8Array(await window.webContents.printToPDF(ELECTRON_PRINT_OPTIONS));
    } finally {
      window.destroy();
    }
  };
}
