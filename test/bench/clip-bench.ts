import { promises as fsp } from 'node:fs';
import { resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../main/clipper/extract/extract-article';
import { clipFromUrl } from '../../main/clipper/pipeline/clip-sources';
import { defaultStages } from '../../main/clipper/pipeline/default-stages';
import { openNotebook } from '../../main/store/open-notebook';
import { startPageServer, type PageRoute, type PageServer } from '../support/page-server';
import { makePng } from '../unit/clipper/assets/tiny-images';
import { newsPage } from './news-page';
import { percentile } from './stall-monitor';

/**
 * Clipping figures for `npm run bench`: a ~1 MB generated news page with images, served from
 * 127.0.0.1, clipped end to end (fetch, decode, extract, sanitize article and full page, capture the
 * images, write bodies and assets, commit) into a temporary notebook, against bare Readability over
 * jsdom on the same HTML (parse + parse(), nothing else). Each run clips a fresh variant of the page,
 * so no run is answered as a duplicate. Medians over `runs`, after one warm-up of each.
 */

export interface ClipFigures {
  pageBytes: number;
  images: number;
  clipMs: number;
  extractMs: number;
  readabilityMs: number;
  clipRatioToReadability: number;
}

const round = (n: number) => Math.round(n * 100) / 100;
const IMAGES = 8;

function bareReadability(html: string, url: string): void {
  const dom = new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  const parsed = new Readability(dom.window.document).parse();
  if (!parsed?.textContent) throw new Error('Readability found no article in the bench page');
}

/**
 * One variant of the page and its images, on a server of its own: each run gets fresh connections,
 * as a reporter's clips minutes apart would. (A kept-alive socket left idle while a 1 MB extraction
 * blocks the event loop can be reused just as the server's keep-alive timer closes it.)
 */
async function serveNewsPage(variant: number): Promise<{ url: string; html: string; server: PageServer }> {
  const routes: Record<string, PageRoute> = {};
  for (let k = 0; k < IMAGES; k++) {
    routes[`/img/${k}.png`] = { headers: { 'Content-Type': 'image/png' }, body: makePng(64 + k, 48, [20 * k, 90, 160, 255]) };
  }
  const server = await startPageServer(routes);
  const html = newsPage({ bytes: 1024 * 1024, images: IMAGES, imageUrl: (k) => server.url(`/img/${k}.png`), variant });
  routes['/news'] = { headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: html };
  return { url: server.url('/news'), html, server };
}

export async function measureClipping(options: { runs?: number; log?: (line: string) => void } = {}): Promise<ClipFigures> {
  const runs = options.runs ?? 5;
  const log = options.log ?? (() => {});
  const dir = resolve('.bench', `clip-${process.pid}`);
  await fsp.rm(dir, { recursive: true, force: true });
  const store = await openNotebook(dir, { create: true });
  const ctx = { store, now: () => new Date().toISOString(), stages: defaultStages };
  const clipTimes: number[] = [];
  const extractTimes: number[] = [];
  const readabilityTimes: number[] = [];
  let pageBytes = 0;
  try {
    // The three measures interleave, so load on the machine falls on them alike. Run 0 warms up
    // (module loading, JIT) and is not counted.
    for (let i = 0; i <= runs; i++) {
      const { url, html, server } = await serveNewsPage(i);
      pageBytes = Buffer.byteLength(html);
      try {
        let start = performance.now();
        const { clip, duplicate } = await clipFromUrl(ctx, { url });
        const clipMs = performance.now() - start;
        if (duplicate || (clip.assets?.length ?? 0) !== IMAGES) throw new Error(`the bench clip is not what it should be (duplicate ${duplicate}, ${clip.assets?.length ?? 0} images)`);
        start = performance.now();
        bareReadability(html, url);
        const readabilityMs = performance.now() - start;
        start = performance.now();
        extractArticle(html, { url });
        const extractMs = performance.now() - start;
        if (i === 0) continue;
        clipTimes.push(clipMs);
        readabilityTimes.push(readabilityMs);
        extractTimes.push(extractMs);
      } finally {
        await server.close();
      }
    }
  } finally {
    await store.close();
    await fsp.rm(dir, { recursive: true, force: true });
  }
  const clipMs = percentile(clipTimes, 50);
  const extractMs = percentile(extractTimes, 50);
  const readabilityMs = percentile(readabilityTimes, 50);
  const figures: ClipFigures = {
    pageBytes,
    images: IMAGES,
    clipMs: round(clipMs),
    extractMs: round(extractMs),
    readabilityMs: round(readabilityMs),
    clipRatioToReadability: round(clipMs / readabilityMs),
  };
  log(`clipping a ${(figures.pageBytes / 1024 / 1024).toFixed(2)} MB news page with ${IMAGES} images (127.0.0.1), median of ${runs}:`);
  log(`  end to end (fetch, extract, sanitize, images, save, commit): ${clipMs.toFixed(0)} ms; extraction alone ${extractMs.toFixed(0)} ms`);
  log(`  bare Readability + jsdom on the same HTML: ${readabilityMs.toFixed(0)} ms; ratio ${figures.clipRatioToReadability.toFixed(2)}x`);
  return figures;
}
