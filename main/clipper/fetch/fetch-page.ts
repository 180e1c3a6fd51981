import { AppError } from '../../../shared/api/result';
import type { ClipProgress, FetchedPage } from '../clipper-types';
import { parseClipUrl } from './clip-url';
import { CLIPPABLE_TYPES, GENERIC_TYPES, TEXT_TYPES, looksBinary, parseContentType, sniffContentType } from './content-type';
import { decodeText } from './decode-text';
import { emptyPageError } from './fetch-errors';
import { httpGet } from './http-get';

/**
 * Fetches a page to clip, on the main side only: validates the address, follows redirects, enforces the
 * limits of the spec (5 redirects, 20 s, 15 MB), refuses types that cannot be clipped before their body
 * is downloaded, and decodes text with the page's real charset. Every failure is an AppError naming the
 * cause; nothing is written here, so a failed fetch leaves nothing behind.
 */

export const PAGE_FETCH_LIMITS = {
  maxBytes: 15 * 1024 * 1024,
  timeoutMs: 20_000,
  /** No byte for this long fails sooner than the overall deadline. */
  stallTimeoutMs: 10_000,
  maxRedirects: 5,
} as const;

export interface FetchPageOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ClipProgress) => void;
  maxBytes?: number;
  timeoutMs?: number;
  stallTimeoutMs?: number;
  maxRedirects?: number;
}

function unsupportedTypeError(mime: string, url: URL): AppError {
  return new AppError(
    'invalid_input',
    `This address serves ${mime}, which cannot be clipped. Only web pages (HTML), plain text and PDF files can be clipped: ${url.href}`,
  );
}

function binaryAsTextError(mime: string, url: URL): AppError {
  return new AppError('invalid_input', `This address says it serves ${mime}, but what it sent is a binary file, not text, so it cannot be clipped: ${url.href}`);
}

export async function fetchPage(url: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const start = parseClipUrl(url);
  const timeoutMs = options.timeoutMs ?? PAGE_FETCH_LIMITS.timeoutMs;
  const response = await httpGet(start, {
    timeoutMs,
    stallTimeoutMs: options.stallTimeoutMs ?? Math.min(PAGE_FETCH_LIMITS.stallTimeoutMs, timeoutMs),
    maxBytes: options.maxBytes ?? PAGE_FETCH_LIMITS.maxBytes,
    maxRedirects: options.maxRedirects ?? PAGE_FETCH_LIMITS.maxRedirects,
    signal: options.signal,
    headers: { Accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.1' },
    onHeaders: ({ headers, url: at }) => {
      const { mime } = parseContentType(headers['content-type']);
      if (mime && !CLIPPABLE_TYPES.has(mime) && !GENERIC_TYPES.has(mime)) throw unsupportedTypeError(mime, at);
    },
    onBytes: (receivedBytes, totalBytes) => options.onProgress?.({ stage: 'fetch', receivedBytes, totalBytes }),
  });
  const finalUrl = response.url;
  const { bytes } = response;
  if (bytes.length === 0) throw emptyPageError(finalUrl);

  const declared = parseContentType(response.headers['content-type']);
  const sniffed = sniffContentType(bytes);
  let contentType: string;
  if (!declared.mime || GENERIC_TYPES.has(declared.mime)) {
    if (!sniffed) throw unsupportedTypeError(declared.mime ?? 'content without a type that is not HTML or PDF', finalUrl);
    contentType = sniffed;
  } else if (TEXT_TYPES.has(declared.mime) && sniffed === 'application/pdf' && bytes[0] === 0x25) {
    // A PDF mislabelled as text (a common server misconfiguration) is still a PDF.
    contentType = 'application/pdf';
  } else {
    contentType = declared.mime;
  }

  const page: FetchedPage = { requestedUrl: start.href, finalUrl: finalUrl.href, status: response.status, contentType, bytes };
  if (contentType === 'application/pdf') return page;

  if (looksBinary(bytes)) throw binaryAsTextError(contentType, finalUrl);
  const decoded = decodeText(bytes, { headerCharset: declared.charset, html: contentType !== 'text/plain' });
  if (decoded.text.replace(/^\uFEFF/, '').trim() === '') throw emptyPageError(finalUrl);
  return { ...page, text: decoded.text, charset: decoded.charset, charsetSource: decoded.charsetSource };
}
