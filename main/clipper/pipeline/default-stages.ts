import { captureImages } from '../assets/capture-images';
import { writeAssets } from '../assets/write-assets';
import { extractArticle } from '../extract/extract-article';
import { rewriteImages } from '../extract/rewrite-images';
import { fetchPage } from '../fetch/fetch-page';
import { readDocument } from '../files/read-document';
import type { ClipStages } from './clip-stages';

/** The real stages: what the app, the browser host and the CLI clip with. Tests pass their own. */
export const defaultStages: ClipStages = {
  fetchPage: (url, options) => fetchPage(url, { signal: options.signal, onProgress: options.onProgress }),
  extractArticle: (html, options) => extractArticle(html, options),
  readDocument: (name, bytes) => readDocument(name, bytes, { extractArticle }),
  captureImages: (urls, options) =>
    captureImages(urls, { pageUrl: options.pageUrl ?? '', signal: options.signal, onProgress: options.onProgress }),
  rewriteImages,
  writeAssets,
};
