import type { ClipStages } from './clip-stages';

/**
 * The real stages: what the app, the browser host and the CLI clip with. Tests pass their own.
 * Each loads its module on first use: jsdom, Readability, DOMPurify, PDF.js and mammoth weigh about
 * 85 MB, and a notebook that is only read or checked should not carry them from start-up.
 */
const extractor = () => import('../extract/extract-article');

export const defaultStages: ClipStages = {
  fetchPage: async (url, options) =>
    (await import('../fetch/fetch-page')).fetchPage(url, { signal: options.signal, onProgress: options.onProgress }),
  extractArticle: async (html, options) => (await extractor()).extractArticle(html, options),
  readDocument: async (name, bytes) => {
    const [{ readDocument }, { extractArticle }] = await Promise.all([import('../files/read-document'), extractor()]);
    return readDocument(name, bytes, { extractArticle });
  },
  captureImages: async (urls, options) =>
    (await import('../assets/capture-images')).captureImages(urls, {
      pageUrl: options.pageUrl ?? '',
      signal: options.signal,
      onProgress: options.onProgress,
    }),
  rewriteImages: async (html, map) => (await import('../extract/rewrite-images')).rewriteImages(html, map),
  writeAssets: async (assetsDir, assets) => (await import('../assets/write-assets')).writeAssets(assetsDir, assets),
};
