import type { CapturedAsset, ClipProgress, ExtractedArticle, FetchedPage } from '../clipper-types';
import type { FileDocument } from '../files/file-document';

/**
 * The stages of a clip as the pipeline calls them. They are passed in, never imported by the
 * pipeline, so tests can make any stage fail or stall and check that nothing is written, and so the
 * pipeline does not care how pages are fetched or sanitized.
 */

export interface StageOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: ClipProgress) => void) | undefined;
}

/**
 * Where each image now lives: original absolute URL -> `../assets/<sha256>.<ext>`, or null when it
 * could not be captured (and is removed).
 */
export type ImageMap = ReadonlyMap<string, string | null>;

export interface ClipStages {
  fetchPage(url: string, options: StageOptions): Promise<FetchedPage>;
  extractArticle(html: string, options: { url?: string }): ExtractedArticle | Promise<ExtractedArticle>;
  readDocument(name: string, bytes: Uint8Array): Promise<FileDocument>;
  captureImages(urls: string[], options: StageOptions & { pageUrl?: string }): Promise<{ assets: CapturedAsset[]; map: ImageMap }>;
  /** Point images at their captured copies; any image not in the map is removed. */
  rewriteImages(html: string, map: ImageMap): string | Promise<string>;
  /** Write images to assets/ durably; returns the files it created (not those already there), to remove if the clip then fails. */
  writeAssets(assetsDir: string, assets: CapturedAsset[]): Promise<string[]>;
}
