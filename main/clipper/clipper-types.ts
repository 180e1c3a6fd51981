/**
 * The stages of clipping and what each hands to the next: fetch (bytes and how to read them),
 * extract (sanitized article and page, metadata, images to capture), then the clip service stores
 * bodies and assets before the record that points at them. Each stage throws AppError with a message
 * naming the cause; nothing is written until every stage has succeeded.
 */

/** What came back from a URL, after redirects. */
export interface FetchedPage {
  requestedUrl: string;
  finalUrl: string;
  status: number;
  /** Lower-case MIME type without parameters: text/html, application/xhtml+xml, text/plain, application/pdf. */
  contentType: string;
  bytes: Uint8Array;
  /** Decoded text for text types (html, xhtml, plain); undefined for PDF. */
  text?: string;
  charset?: string;
  charsetSource?: 'header' | 'bom' | 'meta' | 'sniff' | 'default';
}

/** Stages report progress so the UI can show "fetch, extract, images n/m, save". */
export type ClipProgress =
  | { stage: 'fetch'; receivedBytes: number; totalBytes?: number }
  | { stage: 'extract' }
  | { stage: 'images'; done: number; total: number }
  | { stage: 'save' };

export interface ExtractedArticle {
  title: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  excerpt?: string;
  canonicalUrl?: string;
  /** Sanitized HTML of the article (Readability's pick), or of the whole page when none was found. */
  articleHtml: string;
  /** Plain text of articleHtml, paragraphs separated by a blank line: what claims anchor into. */
  articleText: string;
  /** The whole page, sanitized: kept because Readability may drop first and last paragraphs. */
  fullHtml: string;
  fullText: string;
  articleFound: boolean;
  /** The article holds under 60% of the page's main-text paragraphs. */
  mayBeIncomplete: boolean;
  warnings: string[];
  /** Absolute http(s) URLs of images referenced by articleHtml or fullHtml, to capture into assets/. */
  imageUrls: string[];
}

/** A captured image: content-addressed in assets/, referenced from stored HTML as `../assets/<sha256>.<ext>` (relative to clips/). */
export interface CapturedAsset {
  originalUrl: string;
  sha256: string;
  ext: string;
  bytes: Uint8Array;
}
