import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_ARTICLE_TEXT } from '../../../../main/assets/sample-article';
import { clipFromUrl } from '../../../../main/clipper/pipeline/clip-sources';
import type { ClipContext } from '../../../../main/clipper/pipeline/clip-context';
import { defaultStages } from '../../../../main/clipper/pipeline/default-stages';
import { checkNotebook } from '../../../../main/store/check-notebook';
import type { NotebookStore } from '../../../../main/store/notebook-store';
import { openNotebook } from '../../../../main/store/open-notebook';
import { startPageServer, type PageServer } from '../../../support/page-server';
import { tinyPng } from './tiny-png';

/** The real stages end to end: a page served on 127.0.0.1, fetched, extracted, its image captured, stored in a real notebook. */

const PNG = tinyPng(8, 8);
const PNG_SHA = createHash('sha256').update(PNG).digest('hex');
const PARAGRAPHS = [
  'The council voted on Tuesday to close the bus depot on Mill Road by the end of June, citing repair costs of four million.',
  'Residents who packed the public gallery said the closure would lengthen journeys for thousands of commuters every day.',
  'The council leader said the money would be better spent on new electric buses and a smaller depot outside the town.',
];
const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Depot to close</title></head><body>
<article><h1>Depot to close</h1><p>${PARAGRAPHS[0]}</p><figure><img src="/img/depot.png" alt="The depot" width="8" height="8"></figure>
<p>${PARAGRAPHS[1]}</p><img src="/img/missing.png" alt="gone"><p>${PARAGRAPHS[2]}</p></article></body></html>`;

let server: PageServer;
let dir: string;
let store: NotebookStore;
let ctx: ClipContext;

beforeAll(async () => {
  server = await startPageServer({
    '/depot': { headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: ARTICLE },
    '/img/depot.png': { headers: { 'Content-Type': 'image/png' }, body: PNG },
    '/sample.txt': { headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: SAMPLE_ARTICLE_TEXT },
  });
  dir = await fsp.mkdtemp(join(tmpdir(), 'nn-clip-'));
  store = await openNotebook(join(dir, 'nb'), { create: true });
  ctx = { store, now: () => new Date().toISOString(), stages: defaultStages };
});

afterAll(async () => {
  await store?.close();
  await server?.close();
  await fsp.rm(dir, { recursive: true, force: true });
});

describe('clipping a served page with the real stages', () => {
  it('keeps the article and its image locally, with no image left pointing at the web', async () => {
    const { clip, duplicate } = await clipFromUrl(ctx, { url: server.url('/depot') });
    expect(duplicate).toBe(false);
    expect(clip.title).toBe('Depot to close');
    expect(clip.lang).toBe('en');
    expect(clip.capture).toMatchObject({ method: 'url', httpStatus: 200, contentType: 'text/html', charset: 'utf-8', finalUrl: server.url('/depot') });
    for (const sha of [clip.htmlSha256, clip.fullHtmlSha256!]) {
      const html = await store.readBody(sha, 'html');
      expect(html).toContain(`../assets/${PNG_SHA}.png`);
      expect(html).not.toMatch(/<img[^>]+src="https?:/);
      expect(html).not.toContain('missing.png');
    }
    const text = await store.readBody(clip.textSha256, 'txt');
    for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
    expect(clip.assets).toEqual([{ sha256: PNG_SHA, ext: 'png', originalUrl: server.url('/img/depot.png') }]);
    expect(new Uint8Array(await fsp.readFile(join(store.dir, 'assets', `${PNG_SHA}.png`)))).toEqual(PNG);
    expect((await checkNotebook(store)).problems).toEqual([]);
  });

  it('clips the sample article served as text/plain, in paragraphs', async () => {
    const { clip } = await clipFromUrl(ctx, { url: server.url('/sample.txt') });
    const text = await store.readBody(clip.textSha256, 'txt');
    const firstParagraph = SAMPLE_ARTICLE_TEXT.split(/\n\s*\n/)[0]!.trim();
    expect(text.startsWith(firstParagraph)).toBe(true);
    expect(text).not.toMatch(/\n{3,}/);
    expect(clip.capture.contentType).toBe('text/plain');
    expect(clip.capture.bytesSha256).toBe(createHash('sha256').update(SAMPLE_ARTICLE_TEXT, 'utf8').digest('hex'));
    expect(clip.wordCount).toBeGreaterThan(100);
  });

  it('names the HTTP status of a failed fetch and writes nothing', async () => {
    const before = Object.keys(store.data.clips).length;
    await expect(clipFromUrl(ctx, { url: server.url('/nowhere') })).rejects.toThrow(/404/);
    expect(Object.keys(store.data.clips)).toHaveLength(before);
  });
});
