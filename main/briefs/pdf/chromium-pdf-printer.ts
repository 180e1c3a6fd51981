import { chromium } from 'playwright-core';
import { AppError } from '../../../shared/api/result';
import { findPdfChromium } from './find-chromium';
import { PDF_FOOTER_TEMPLATE, PDF_HEADER_TEMPLATE, type PdfPrinter } from './pdf-printer';

export interface ChromiumPrinterOptions {
  /** The Chromium to use; found like the tests find theirs when left out. */
  executablePath?: string;
}

/**
 * Prints with headless Chromium through playwright-core, for browser mode and the CLI. A browser is
 * launched per brief and closed after it: briefs are rare, and a resident Chromium would cost
 * ~100 MB for nothing. The page runs no script and may load nothing, so printing a brief cannot
 * reach the network even if its HTML asked to.
 */
export function createChromiumPdfPrinter(options: ChromiumPrinterOptions = {}): PdfPrinter {
  return async (html) => {
    const executablePath = options.executablePath ?? findPdfChromium();
    if (!executablePath) {
      throw new AppError(
        'unavailable',
        'PDF export needs Chromium or Google Chrome, and none was found. Install one (on Debian or Ubuntu: apt install chromium), or set PLAYWRIGHT_CHROMIUM to its path, then export again. Markdown, HTML and Word exports work without it.',
      );
    }
    let browser;
    try {
      browser = await chromium.launch({
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      });
    } catch (error) {
      throw new AppError('unavailable', `Chromium at ${executablePath} could not start, so the PDF was not made: ${(error as Error).message.split('\n')[0]}`);
    }
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: PDF_HEADER_TEMPLATE,
        footerTemplate: PDF_FOOTER_TEMPLATE,
        margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
        tagged: true,
        outline: true,
      });
      return new Uint8Array(pdf);
    } finally {
      await browser.close();
    }
  };
}
