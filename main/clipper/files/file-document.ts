import type { ExtractedArticle, FetchedPage } from '../clipper-types';

/** A page of a PDF and where its text sits in the clip's plain text, in code points: the page locators. */
export interface PageRange {
  page: number;
  start: number;
  end: number;
}

/**
 * What a file reader hands to the clip pipeline: the same shape extraction gives for a web page (so
 * every input is stored the same way), plus what only files have.
 */
export interface FileDocument {
  /** The MIME type of what was read: text/html, text/plain, text/markdown, application/pdf, or the DOCX type. */
  contentType: string;
  charset?: string;
  charsetSource?: FetchedPage['charsetSource'];
  article: ExtractedArticle;
  /** For a PDF only. */
  pages?: PageRange[];
}

/** The extraction stage as the file readers use it (injected, so the readers stand apart from it). */
export type ExtractFn = (html: string, options: { url?: string }) => ExtractedArticle | Promise<ExtractedArticle>;

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
