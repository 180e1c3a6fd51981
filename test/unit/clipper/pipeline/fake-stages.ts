import { createHash } from 'node:crypto';
import type { CapturedAsset, ExtractedArticle, FetchedPage } from '../../../../main/clipper/clipper-types';
import type { ClipContext } from '../../../../main/clipper/pipeline/clip-context';
import type { ClipStages } from '../../../../main/clipper/pipeline/clip-stages';
import { createMemoryStore, type MemoryStore } from '../../../support/memory-store';

/**
 * Stages that do no network and no parsing, each logging what it did into one shared list, so a test
 * sees the order of work (bodies and assets before the commit) and can make any stage fail.
 */

export const sha = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');

export function article(overrides: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return {
    title: 'Depot to close',
    byline: 'Ana Reporter',
    siteName: 'The Gazette',
    publishedTime: '2025-02-01T10:00:00Z',
    lang: 'en',
    canonicalUrl: 'https://gazette.example/depot',
    articleHtml: '<p>The council will close the depot.</p><img src="https://img.example/a.png"><p>Residents objected.</p>',
    articleText: 'The council will close the depot.\n\nResidents objected.',
    fullHtml: '<nav>Home</nav><p>The council will close the depot.</p><img src="https://img.example/a.png"><img src="https://img.example/b.png"><p>Residents objected.</p>',
    fullText: 'Home\n\nThe council will close the depot.\n\nResidents objected.',
    articleFound: true,
    mayBeIncomplete: false,
    warnings: [],
    imageUrls: ['https://img.example/a.png', 'https://img.example/b.png'],
    ...overrides,
  };
}

export function page(url: string, html = '<html>page</html>', overrides: Partial<FetchedPage> = {}): FetchedPage {
  return {
    requestedUrl: url,
    finalUrl: url,
    status: 200,
    contentType: 'text/html',
    bytes: new TextEncoder().encode(html),
    text: html,
    charset: 'utf-8',
    charsetSource: 'header',
    ...overrides,
  };
}

export function asset(name: string): CapturedAsset {
  const bytes = new TextEncoder().encode(`image ${name}`);
  return { originalUrl: `https://img.example/${name}.png`, sha256: sha(bytes), ext: 'png', bytes };
}

export interface Fixture {
  store: MemoryStore;
  ctx: ClipContext;
  log: string[];
  stages: ClipStages;
}

export function createFixture(overrides: Partial<ClipStages> = {}): Fixture {
  const log: string[] = [];
  const store = createMemoryStore();
  const putBody = store.putBody.bind(store);
  const commit = store.commit.bind(store);
  store.putBody = async (content, kind) => {
    log.push(`putBody ${kind}`);
    return putBody(content, kind);
  };
  store.commit = async (ops) => {
    log.push('commit');
    return commit(ops);
  };
  const stages: ClipStages = {
    fetchPage: async (url) => {
      log.push(`fetch ${url}`);
      return page(url);
    },
    extractArticle: (_html, options) => {
      log.push(`extract ${options.url ?? ''}`);
      return article();
    },
    readDocument: async (name) => {
      log.push(`read ${name}`);
      const text = `Text of ${name}.`;
      return { contentType: 'text/plain', article: article({ articleText: text, fullText: text, imageUrls: [], canonicalUrl: undefined }) };
    },
    captureImages: async (urls, options) => {
      log.push(`images ${urls.length}`);
      const a = asset('a');
      urls.forEach((_, i) => options.onProgress?.({ stage: 'images', done: i + 1, total: urls.length }));
      return { assets: [a], map: new Map([[a.originalUrl, `../assets/${a.sha256}.png`], ['https://img.example/b.png', null]]) };
    },
    rewriteImages: (html, map) => {
      log.push('rewrite');
      return html.replace(/<img src="([^"]*)">/g, (_, src: string) => {
        const local = map.get(src);
        return local ? `<img src="${local}">` : '';
      });
    },
    writeAssets: async (_dir, assets) => {
      log.push(`writeAssets ${assets.length}`);
      return [];
    },
    ...overrides,
  };
  let tick = Date.parse('2025-03-01T09:00:00.000Z');
  const ctx: ClipContext = { store, now: () => new Date((tick += 1000)).toISOString(), stages };
  return { store, ctx, log, stages };
}
