import { MAX_IMPORT_BYTES } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import type { AddClipResult } from '../../../shared/api/views';
import type { FetchedPage } from '../clipper-types';
import { DOCX_TYPE } from '../files/file-document';
import { textArticle, textParagraphs, titleFromParagraphs } from '../files/plain-text';
import { throwIfCancelled } from './cancelled';
import type { ClipContext, ClipOptions } from './clip-context';
import { findExistingClip } from './find-existing-clip';
import { saveClip, type CapturedDocument } from './save-clip';
import { tooLargeToClip } from '../../../shared/domain/too-large';
import { withDefaultHeapGrowth } from '../../memory/heap-growth';

/**
 * The three ways in: a URL, a file, a paste. Each reads its input into a CapturedDocument and hands
 * it to saveClip, which every kind of clip shares.
 */

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** A name for a PDF fetched from a URL: its last path segment, for the title when the PDF has none. */
function pdfNameFromUrl(url: string): string {
  try {
    const last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
    const base = last.replace(/\.pdf$/i, '').trim();
    return `${base || 'document'}.pdf`;
  } catch {
    return 'document.pdf';
  }
}

async function documentFromPage(ctx: ClipContext, page: FetchedPage): Promise<CapturedDocument> {
  const capture = {
    method: 'url' as const,
    origin: page.requestedUrl,
    finalUrl: page.finalUrl,
    httpStatus: page.status,
    contentType: page.contentType,
    charset: page.charset,
    charsetSource: page.charsetSource,
    bytes: page.bytes,
  };
  if (page.contentType === 'application/pdf') {
    const doc = await ctx.stages.readDocument(pdfNameFromUrl(page.finalUrl), page.bytes);
    return { article: doc.article, pages: doc.pages, hasMarkup: false, capture };
  }
  const text = page.text ?? '';
  if (HTML_TYPES.has(page.contentType)) {
    return { article: await ctx.stages.extractArticle(text, { url: page.finalUrl }), hasMarkup: true, capture };
  }
  if (page.contentType === 'text/plain') {
    const paragraphs = textParagraphs(text);
    return { article: textArticle(paragraphs, titleFromParagraphs(paragraphs, page.finalUrl)), hasMarkup: false, capture };
  }
  throw new AppError(
    'invalid_input',
    `That address gave a ${page.contentType} file, which cannot be clipped. Clip a web page, plain text or a PDF.`,
  );
}

async function clipUrlNow(ctx: ClipContext, input: ClipOptions & { url: string }): Promise<AddClipResult> {
  const { signal, onProgress } = input;
  throwIfCancelled(signal);
  // The same address clipped again is answered from the notebook, without going to the network.
  if (!input.newVersion) {
    const existing = findExistingClip(ctx.store.data.clips, { urls: [input.url] });
    if (existing) return { clip: existing, duplicate: true };
  }
  onProgress?.({ stage: 'fetch', receivedBytes: 0 });
  const page = await ctx.stages.fetchPage(input.url, { signal, onProgress });
  throwIfCancelled(signal);
  onProgress?.({ stage: 'extract' });
  const doc = await documentFromPage(ctx, page);
  return saveClip(ctx, doc, input);
}

async function clipFileNow(ctx: ClipContext, input: ClipOptions & { name: string; bytes: Uint8Array }): Promise<AddClipResult> {
  throwIfCancelled(input.signal);
  if (input.bytes.length > MAX_IMPORT_BYTES) {
    throw new AppError('payload_too_large', tooLargeToClip(input.name, input.bytes.length));
  }
  input.onProgress?.({ stage: 'extract' });
  const doc = await ctx.stages.readDocument(input.name, input.bytes);
  return saveClip(
    ctx,
    {
      article: doc.article,
      pages: doc.pages,
      // Text and PDF bodies are HTML this app wrote, escaped; pages and Word documents were sanitized and may hold images.
      hasMarkup: doc.contentType === 'text/html' || doc.contentType === DOCX_TYPE,
      capture: {
        method: 'file',
        origin: input.name,
        contentType: doc.contentType,
        charset: doc.charset,
        charsetSource: doc.charsetSource,
        bytes: input.bytes,
      },
    },
    input,
  );
}

type PasteInput = ClipOptions & { html?: string | undefined; text?: string | undefined };

async function clipPasteNow(ctx: ClipContext, input: PasteInput): Promise<AddClipResult> {
  throwIfCancelled(input.signal);
  input.onProgress?.({ stage: 'extract' });
  const html = input.html?.trim() ? input.html : undefined;
  const text = input.text?.trim() ? input.text : undefined;
  const received = html ?? text;
  if (received === undefined) throw new AppError('invalid_input', 'Nothing was pasted: paste the article, then try again.');
  const bytes = new TextEncoder().encode(received);
  const capture = { method: 'paste' as const, bytes, charset: 'utf-8' };
  if (html !== undefined) {
    const article = await ctx.stages.extractArticle(html, {});
    // Rich text that sanitizes to nothing (a pasted image, say) falls back to the plain text pasted with it.
    if (article.articleText.trim() !== '' || text === undefined) {
      return saveClip(ctx, { article, hasMarkup: true, capture: { ...capture, contentType: 'text/html' } }, input);
    }
  }
  const paragraphs = textParagraphs(text ?? '');
  const article = textArticle(paragraphs, titleFromParagraphs(paragraphs, 'Pasted text'));
  return saveClip(ctx, { article, hasMarkup: false, capture: { ...capture, bytes: new TextEncoder().encode(text ?? ''), contentType: 'text/plain' } }, input);
}

// The three ways in. Each runs with V8's own heap growth (see withDefaultHeapGrowth): parsing a page
// under the app's heap cap made clipping ~30% slower, and its memory is short-lived.

export function clipFromUrl(ctx: ClipContext, input: ClipOptions & { url: string }): Promise<AddClipResult> {
  return withDefaultHeapGrowth(() => clipUrlNow(ctx, input));
}

export function clipFromFile(ctx: ClipContext, input: ClipOptions & { name: string; bytes: Uint8Array }): Promise<AddClipResult> {
  return withDefaultHeapGrowth(() => clipFileNow(ctx, input));
}

export function clipFromPaste(ctx: ClipContext, input: PasteInput): Promise<AddClipResult> {
  return withDefaultHeapGrowth(() => clipPasteNow(ctx, input));
}
