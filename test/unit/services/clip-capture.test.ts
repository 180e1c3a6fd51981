import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../main/api/dispatch';
import type { ClipStages } from '../../../main/clipper/pipeline/clip-stages';
import { createHandlers } from '../../../main/services/handlers';
import type { ApiResult } from '../../../shared/api/result';
import type { AddClipResult, ClipDetail } from '../../../shared/api/views';
import { createMemoryStore } from '../../support/memory-store';
import { makePdf } from '../clipper/files/make-documents';
import { page } from '../clipper/pipeline/fake-stages';

/**
 * The clipping methods through the real dispatcher and the real readers and extractor, over the
 * in-memory store. Only the network is replaced: fetchPage answers from a table, and no test here
 * has an image to capture.
 */
function setup(pages: Record<string, string> = {}) {
  const store = createMemoryStore();
  const fetched: string[] = [];
  const stages: Partial<ClipStages> = {
    fetchPage: async (url) => {
      fetched.push(url);
      const html = pages[url];
      if (html === undefined) throw new Error(`unexpected fetch of ${url}`);
      return page(url, html);
    },
  };
  const dispatch = createDispatcher(createHandlers(store, () => '2025-03-01T09:00:00.000Z', { stages }));
  const call = async (method: string, input: unknown) => (await dispatch(method, input)) as ApiResult<AddClipResult>;
  const value = async (method: string, input: unknown) => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  return { store, fetched, call, value };
}

const ARTICLE = `<!doctype html><html lang="en"><head><title>Depot to close | Gazette</title>
<meta property="og:site_name" content="The Gazette"><link rel="canonical" href="https://gazette.example/depot"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Depot to close</h1><p class="byline">By Ana Reporter</p>
<p>The council voted on Tuesday to close the bus depot on Mill Road by the end of June, citing repair costs of €4.2 million.</p>
<p>Residents who packed the public gallery said the closure would lengthen journeys for thousands of commuters every day.</p>
<p>The council leader said the money would be better spent on new electric buses and a smaller depot outside the town.</p>
<img src="javascript:alert(1)" onerror="alert(2)"><script>alert(3)</script></article></body></html>`;

describe('clipUrl, importFile and pasteArticle through the dispatcher', () => {
  it('clips a URL, and answers the same URL again from the notebook', async () => {
    const { value, fetched, store } = setup({ 'https://gazette.example/depot': ARTICLE });
    const first = await value('clipUrl', { url: 'https://gazette.example/depot' });
    expect(first.duplicate).toBe(false);
    expect(first.clip.title).toMatch(/Depot to close/);
    expect(first.clip.siteName).toBe('The Gazette');
    expect(first.clip.canonicalUrl).toBe('https://gazette.example/depot');
    const html = store.bodies.get(`${first.clip.htmlSha256}.html`)!;
    expect(html).toContain('Mill Road');
    expect(html).not.toMatch(/script|onerror|javascript:/i);
    const again = await value('clipUrl', { url: 'https://gazette.example/depot' });
    expect(again).toEqual({ clip: first.clip, duplicate: true });
    expect(fetched).toHaveLength(1);
  });

  it('imports a PDF sent as base64, keeping its pages', async () => {
    const { value, store } = setup();
    const pdf = await makePdf([[['Page one text.']], [['Page two text.']]]);
    const { clip } = await value('importFile', { name: 'report.pdf', dataBase64: Buffer.from(pdf).toString('base64') });
    expect(clip.capture).toMatchObject({ method: 'file', origin: 'report.pdf', contentType: 'application/pdf', byteLength: pdf.length });
    expect(clip.pages).toEqual([
      { page: 1, start: 0, end: 14 },
      { page: 2, start: 16, end: 30 },
    ]);
    expect(store.bodies.get(`${clip.textSha256}.txt`)).toBe('Page one text.\n\nPage two text.');
  });

  it('refuses a corrupt file with the reader’s message, writing nothing', async () => {
    const { call, store } = setup();
    const result = await call('importFile', { name: 'report.pdf', dataBase64: Buffer.from('%PDF-1.4 junk').toString('base64') });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message: 'This PDF could not be read (it may be damaged or password-protected).' } });
    expect(store.commits).toEqual([]);
    expect(store.bodies.size).toBe(0);
  });

  it('pastes HTML (sanitized) or plain text, and a new version on request', async () => {
    const { value, store } = setup();
    const rich = await value('pasteArticle', { html: ARTICLE, title: 'Depot story' });
    expect(rich.clip.title).toBe('Depot story');
    expect(store.bodies.get(`${rich.clip.htmlSha256}.html`)).not.toMatch(/<script/i);
    const plain = await value('pasteArticle', { text: 'Wire copy.\n\nSecond paragraph.' });
    expect(plain.clip.capture.contentType).toBe('text/plain');
    const same = await value('pasteArticle', { text: 'Wire copy.\n\nSecond paragraph.' });
    expect(same.duplicate).toBe(true);
    const version = await value('pasteArticle', { text: 'Wire copy.\n\nSecond paragraph.', newVersion: true });
    expect(version.duplicate).toBe(false);
    expect(version.clip.previousVersionId).toBe(plain.clip.id);
  });

  it('gives the reader the whole page beside the article for a web page, and no page for plain text', async () => {
    const { value, call } = setup({ 'https://gazette.example/depot': ARTICLE });
    const { clip } = await value('clipUrl', { url: 'https://gazette.example/depot' });
    const detail = await call('getClip', { id: clip.id });
    if (!detail.ok) throw new Error(detail.error.message);
    const { fullHtml } = detail.value as unknown as ClipDetail;
    expect(fullHtml).toContain('Home');
    expect(fullHtml).toContain('Mill Road');
    expect(fullHtml).not.toMatch(/script|onerror|javascript:/i);
    const plain = await value('pasteArticle', { text: 'Wire copy.' });
    const plainDetail = await call('getClip', { id: plain.clip.id });
    expect(plainDetail.ok && (plainDetail.value as unknown as ClipDetail).fullHtml).toBeNull();
  });
});
