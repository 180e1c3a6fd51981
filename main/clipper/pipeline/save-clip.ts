import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { MAX_CLIP_CHARS } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import type { AddClipResult } from '../../../shared/api/views';
import type { Capture, Clip } from '../../../shared/domain/entities';
import { newId } from '../../../shared/domain/ids';
import type { CapturedAsset, ExtractedArticle } from '../clipper-types';
import type { PageRange } from '../files/file-document';
import { throwIfCancelled } from './cancelled';
import type { ClipContext, ClipOptions } from './clip-context';
import { carryClaimsOver } from './carry-claims';
import { findExistingClip } from './find-existing-clip';
import { countWords } from './word-count';

/**
 * The last stages every clip shares, whatever it came from: duplicates, images, then the save.
 * Order matters for integrity: bodies and assets are written (durably, content-addressed) before the
 * one commit of the record that points at them, and nothing at all is written before every stage
 * that can fail (fetch, read, extract, images) has succeeded, so a failed or cancelled clip leaves no
 * record and no file.
 */

export interface CapturedDocument {
  article: ExtractedArticle;
  /** The HTML came from outside (a page, a file, a paste, a Word document) and may reference images. */
  hasMarkup: boolean;
  pages?: PageRange[] | undefined;
  capture: {
    method: Capture['method'];
    origin?: string | undefined;
    finalUrl?: string | undefined;
    httpStatus?: number | undefined;
    contentType?: string | undefined;
    charset?: string | undefined;
    charsetSource?: Capture['charsetSource'] | undefined;
    /** Exactly the bytes received, before any decoding or cleaning: hashed as bytesSha256. */
    bytes: Uint8Array;
  };
}

function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

const codePointLength = (text: string) => Array.from(text).length;

/** Only the defined values, so the stored record carries no `"key": undefined`. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Removes images this clip added when it fails before its record is committed; nothing else points at them. */
async function removeFiles(paths: string[]): Promise<void> {
  await Promise.all(paths.map((path) => fsp.rm(path, { force: true }).catch(() => undefined)));
}

export async function saveClip(ctx: ClipContext, doc: CapturedDocument, options: ClipOptions): Promise<AddClipResult> {
  const { signal, onProgress } = options;
  throwIfCancelled(signal);
  const { article, capture } = doc;
  if (article.articleText.trim() === '') {
    throw new AppError('invalid_input', 'There is no readable text here to clip: the document is empty, or its content is built by scripts, which are not run.');
  }
  const textLength = codePointLength(article.articleText);
  if (textLength > MAX_CLIP_CHARS) {
    throw new AppError(
      'invalid_input',
      `This document has ${textLength.toLocaleString('en')} characters of text; one clip holds at most ${MAX_CLIP_CHARS.toLocaleString('en')}. Split it into parts.`,
    );
  }
  const textSha256 = sha256(article.articleText);
  const existing = findExistingClip(ctx.store.data.clips, {
    urls: [capture.method === 'url' ? capture.origin : undefined, capture.finalUrl, article.canonicalUrl],
    textSha256,
  });
  if (existing && !options.newVersion) return { clip: existing, duplicate: true };

  let articleHtml = article.articleHtml;
  let fullHtml = article.fullHtml;
  let assets: CapturedAsset[] = [];
  if (doc.hasMarkup) {
    if (article.imageUrls.length > 0) {
      onProgress?.({ stage: 'images', done: 0, total: article.imageUrls.length });
      const captured = await ctx.stages.captureImages(article.imageUrls, {
        pageUrl: capture.finalUrl ?? capture.origin,
        signal,
        onProgress,
      });
      assets = captured.assets;
      articleHtml = await ctx.stages.rewriteImages(articleHtml, captured.map);
      fullHtml = await ctx.stages.rewriteImages(fullHtml, captured.map);
    } else {
      // No image could be captured, so none may stay: one left pointing at the web would load when read.
      articleHtml = await ctx.stages.rewriteImages(articleHtml, new Map());
      fullHtml = await ctx.stages.rewriteImages(fullHtml, new Map());
    }
  }
  throwIfCancelled(signal);

  // Past this point the clip is saved: a cancel now would leave the files it cancelled half-written.
  onProgress?.({ stage: 'save' });
  const { store } = ctx;
  const keepFull = doc.hasMarkup;
  // The files are independent, so they are written (and fsynced) side by side rather than one after another.
  const [assetsWrite, ...bodies] = await Promise.allSettled([
    assets.length > 0 ? ctx.stages.writeAssets(ctx.assetsDir ?? join(store.dir, 'assets'), assets) : Promise.resolve([]),
    store.putBody(articleHtml, 'html'),
    store.putBody(article.articleText, 'txt'),
    keepFull ? store.putBody(fullHtml, 'html') : undefined,
    keepFull ? store.putBody(article.fullText, 'txt') : undefined,
  ]);
  const createdAssets = assetsWrite.status === 'fulfilled' ? (assetsWrite.value as string[]) : [];
  const failed = [assetsWrite, ...bodies].find((write) => write.status === 'rejected');
  if (failed) {
    await removeFiles(createdAssets);
    throw failed.reason;
  }
  const [htmlSha256, , fullHtmlSha256, fullTextSha256] = bodies.map((body) => (body.status === 'fulfilled' ? (body.value as string | undefined) : undefined));
  if (htmlSha256 === undefined) throw new AppError('internal', 'The clip was not saved: its text could not be stored.');

  const now = ctx.now();
  const clip: Clip = defined({
    id: newId(),
    title: options.title?.trim() || article.title.trim() || 'Untitled clip',
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    canonicalUrl: article.canonicalUrl,
    lang: article.lang,
    excerpt: article.excerpt,
    dir: article.dir,
    htmlSha256,
    textSha256,
    textLength,
    wordCount: countWords(article.articleText, article.lang),
    fullHtmlSha256,
    fullTextSha256,
    extraction: { articleFound: article.articleFound, mayBeIncomplete: article.mayBeIncomplete, warnings: article.warnings },
    assets: assets.length > 0 ? assets.map((asset) => ({ sha256: asset.sha256, ext: asset.ext, originalUrl: asset.originalUrl })) : undefined,
    pages: doc.pages,
    previousVersionId: existing?.id,
    capture: defined({
      method: capture.method,
      origin: capture.origin,
      finalUrl: capture.finalUrl,
      httpStatus: capture.httpStatus,
      contentType: capture.contentType,
      charset: capture.charset,
      charsetSource: capture.charsetSource,
      capturedAt: now,
      bytesSha256: sha256(capture.bytes),
      byteLength: capture.bytes.length,
    }),
    createdAt: now,
    updatedAt: now,
  });
  try {
    const carried = existing ? carryClaimsOver(store.data, existing.id, clip.id, article.articleText, now) : [];
    await store.commit([{ type: 'clip.put', clip }, ...carried]);
  } catch (error) {
    // No record points at the images this clip added, so they go; bodies are content-addressed and may be shared.
    await removeFiles(createdAssets);
    throw error;
  }
  return { clip, duplicate: false };
}
