import { AppError } from '../../../shared/api/result';
import { paragraphsToHtml, wholeDocumentArticle } from './plain-text';
import type { FileDocument, PageRange } from './file-document';
import { loadPdfJs } from './load-pdfjs';

/**
 * A PDF's text, page by page, with each page's place in the text kept as a locator (so a claim can be
 * cited as "p. 4"). Lines are joined into paragraphs; a paragraph ends where the vertical gap to the
 * next line is clearly larger than the line spacing, and always at the end of a page.
 */

/** The parts of PDF.js's text items that lines are built from. */
interface TextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
  height: number;
}

/** Text items only: PDF.js mixes in marked-content markers, which carry no text. */
function textItems(items: readonly object[]): TextItem[] {
  return items.filter((item) => 'str' in item) as TextItem[];
}

interface Line {
  text: string;
  y: number;
  height: number;
}

const codePoints = (text: string) => Array.from(text).length;

function linesOf(items: readonly TextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    const height = Math.abs(item.height || item.transform[3] || 0);
    // A new line when the baseline moves by more than half a line, even without an end-of-line mark.
    if (current && Math.abs(current.y - y) > Math.max(current.height, height, 1) / 2) {
      lines.push(current);
      current = undefined;
    }
    current ??= { text: '', y, height };
    current.text += item.str;
    current.height = Math.max(current.height, height);
    if (item.hasEOL) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current) lines.push(current);
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text !== '');
}

/** Join lines into paragraphs by the gaps between them; a hyphen broken across lines is mended. */
function paragraphsOf(lines: readonly Line[]): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let previous: Line | undefined;
  for (const line of lines) {
    const gap = previous ? previous.y - line.y : 0;
    const breaks = previous !== undefined && (gap > Math.max(previous.height, line.height) * 1.8 || gap < 0);
    if (breaks && current) {
      paragraphs.push(current);
      current = '';
    }
    if (!current) current = line.text;
    else if (/[\p{L}]-$/u.test(current) && /^\p{Ll}/u.test(line.text)) current = current.slice(0, -1) + line.text;
    else current += ` ${line.text}`;
    previous = line;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

function unreadable(): AppError {
  return new AppError('invalid_input', 'This PDF could not be read (it may be damaged or password-protected).');
}

export async function readPdf(bytes: Uint8Array, fallbackTitle: string): Promise<FileDocument> {
  if (!Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) throw unreadable();
  const pdfjs = await loadPdfJs();
  // PDF.js takes ownership of the buffer it is given, so it gets a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    let pdf: Awaited<typeof task.promise>;
    try {
      pdf = await task.promise;
    } catch {
      throw unreadable();
    }
    const pages: PageRange[] = [];
    const allParagraphs: string[] = [];
    let offset = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      let paragraphs: string[];
      try {
        const page = await pdf.getPage(number);
        const content = await page.getTextContent();
        paragraphs = paragraphsOf(linesOf(textItems(content.items)));
      } catch {
        throw unreadable();
      }
      if (paragraphs.length === 0) {
        pages.push({ page: number, start: offset, end: offset });
        continue;
      }
      // Pages are separated like paragraphs, by one blank line, which belongs to neither page.
      if (allParagraphs.length > 0) offset += 2;
      const pageText = paragraphs.join('\n\n');
      pages.push({ page: number, start: offset, end: offset + codePoints(pageText) });
      offset += codePoints(pageText);
      allParagraphs.push(...paragraphs);
    }
    if (allParagraphs.length === 0) {
      throw new AppError(
        'invalid_input',
        'This PDF has no text to clip: it may be scanned pages (images of text). Run text recognition (OCR) on it, then import it again.',
      );
    }
    const metadata = await pdf.getMetadata().catch(() => undefined);
    const info = metadata?.info as { Title?: unknown } | undefined;
    const metaTitle = typeof info?.Title === 'string' ? info.Title.trim() : '';
    const text = allParagraphs.join('\n\n');
    const html = paragraphsToHtml(allParagraphs);
    return {
      contentType: 'application/pdf',
      pages,
      article: wholeDocumentArticle(metaTitle || fallbackTitle, html, text),
    };
  } finally {
    await task.destroy();
  }
}
