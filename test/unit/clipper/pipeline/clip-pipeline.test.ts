import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClipProgress } from '../../../../main/clipper/clipper-types';
import { clipFromFile, clipFromPaste, clipFromUrl } from '../../../../main/clipper/pipeline/clip-sources';
import { AppError } from '../../../../shared/api/result';
import type { Clip } from '../../../../shared/domain/entities';
import { article, createFixture, page, sha } from './fake-stages';

const URL_A = 'https://gazette.example/depot?utm=1';

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('clipping a URL', () => {
  it('writes the bodies and images before the one commit of the record that points at them', async () => {
    const { ctx, log, store } = createFixture();
    const { clip, duplicate } = await clipFromUrl(ctx, { url: URL_A });
    expect(duplicate).toBe(false);
    expect(log.slice(0, 5)).toEqual([`fetch ${URL_A}`, `extract ${URL_A}`, 'images 2', 'rewrite', 'rewrite']);
    // The files are written side by side, in any order, but all of them before the commit.
    expect(log.slice(5, -1).sort()).toEqual(['putBody html', 'putBody html', 'putBody txt', 'putBody txt', 'writeAssets 1']);
    expect(log.at(-1)).toBe('commit');
    expect(store.commits).toHaveLength(1);
    expect(store.data.clips[clip.id]).toEqual(clip);
  });

  it('records what was received and what was stored, so the capture can be checked later', async () => {
    const { ctx, store } = createFixture({
      fetchPage: async (url) => page(url, '<html>the bytes</html>', { finalUrl: 'https://gazette.example/depot', status: 200, charset: 'windows-1251', charsetSource: 'meta' }),
    });
    const { clip } = await clipFromUrl(ctx, { url: URL_A });
    const html = store.bodies.get(`${clip.htmlSha256}.html`)!;
    expect(html).toBe(`<p>The council will close the depot.</p><img src="../assets/${sha('image a')}.png"><p>Residents objected.</p>`);
    expect(store.bodies.get(`${clip.fullHtmlSha256}.html`)).not.toMatch(/https?:\/\/img/);
    expect(clip).toMatchObject({
      title: 'Depot to close',
      byline: 'Ana Reporter',
      siteName: 'The Gazette',
      publishedTime: '2025-02-01T10:00:00Z',
      lang: 'en',
      canonicalUrl: 'https://gazette.example/depot',
      htmlSha256: sha(html),
      textSha256: sha('The council will close the depot.\n\nResidents objected.'),
      fullTextSha256: sha('Home\n\nThe council will close the depot.\n\nResidents objected.'),
      textLength: 54,
      wordCount: 8,
      extraction: { articleFound: true, mayBeIncomplete: false, warnings: [] },
      assets: [{ sha256: sha('image a'), ext: 'png', originalUrl: 'https://img.example/a.png' }],
      capture: {
        method: 'url',
        origin: URL_A,
        finalUrl: 'https://gazette.example/depot',
        httpStatus: 200,
        contentType: 'text/html',
        charset: 'windows-1251',
        charsetSource: 'meta',
        bytesSha256: sha('<html>the bytes</html>'),
        byteLength: 22,
      },
    });
    expect(store.bodies.get(`${clip.textSha256}.txt`)).toBe('The council will close the depot.\n\nResidents objected.');
  });

  it('reports progress through fetch, extract, images n/m and save', async () => {
    const { ctx } = createFixture();
    const seen: ClipProgress[] = [];
    await clipFromUrl(ctx, { url: URL_A, onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => (p.stage === 'images' ? `images ${p.done}/${p.total}` : p.stage))).toEqual([
      'fetch',
      'extract',
      'images 0/2',
      'images 1/2',
      'images 2/2',
      'save',
    ]);
  });

  const failing = (what: string) => async () => {
    throw new AppError('io_error', `${what} failed`);
  };

  for (const stage of ['fetchPage', 'extractArticle', 'captureImages', 'writeAssets'] as const) {
    it(`leaves no record when ${stage} fails, and writes no body unless the save had begun`, async () => {
      const { ctx, store } = createFixture({ [stage]: failing(stage) });
      const error = await failure(clipFromUrl(ctx, { url: URL_A }));
      expect(error.message).toBe(`${stage} failed`);
      expect(store.commits).toEqual([]);
      expect(Object.keys(store.data.clips)).toEqual([]);
      if (stage !== 'writeAssets') expect([...store.bodies.keys()]).toEqual([]);
    });
  }

  it('leaves no record when a body cannot be written', async () => {
    const { ctx, store } = createFixture();
    store.putBody = async () => {
      throw new AppError('io_error', 'The disk is full.');
    };
    expect((await failure(clipFromUrl(ctx, { url: URL_A }))).message).toBe('The disk is full.');
    expect(store.commits).toEqual([]);
  });

  it('removes the images it wrote alongside when a body cannot be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clip-assets-'));
    const image = join(dir, 'written.png');
    const { ctx, store } = createFixture({
      writeAssets: async () => {
        writeFileSync(image, 'png bytes');
        return [image];
      },
    });
    store.putBody = async (_content, kind) => {
      if (kind === 'txt') throw new AppError('io_error', 'The disk is full.');
      return 'a'.repeat(64);
    };
    expect((await failure(clipFromUrl(ctx, { url: URL_A }))).message).toBe('The disk is full.');
    expect(existsSync(image)).toBe(false);
    expect(store.commits).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a page with no readable text, writing nothing', async () => {
    const { ctx, store } = createFixture({ extractArticle: () => article({ articleText: '  ', imageUrls: [] }) });
    expect((await failure(clipFromUrl(ctx, { url: URL_A }))).message).toMatch(/no readable text/);
    expect(store.commits).toEqual([]);
    expect(store.bodies.size).toBe(0);
  });

  it('writes nothing when cancelled during the fetch or the images', async () => {
    for (const when of ['fetch', 'images'] as const) {
      const controller = new AbortController();
      const { ctx, store, log } = createFixture({
        fetchPage: async (url) => {
          if (when === 'fetch') controller.abort();
          return page(url);
        },
        captureImages: async () => {
          controller.abort();
          return { assets: [], map: new Map() };
        },
      });
      const error = await failure(clipFromUrl(ctx, { url: URL_A, signal: controller.signal }));
      expect(error.message).toMatch(/cancelled/);
      expect(store.commits).toEqual([]);
      expect(store.bodies.size).toBe(0);
      expect(log.some((line) => line.startsWith('writeAssets'))).toBe(false);
    }
  });

  it('reads a PDF served from a URL as a document, with its pages', async () => {
    const { ctx, log } = createFixture({
      fetchPage: async (url) => page(url, '%PDF-1.7', { contentType: 'application/pdf', text: undefined }),
      readDocument: async (name) => {
        log.push(`read ${name}`);
        return { contentType: 'application/pdf', pages: [{ page: 1, start: 0, end: 9 }], article: article({ articleText: 'PDF text.', fullText: 'PDF text.', imageUrls: [], canonicalUrl: undefined }) };
      },
    });
    const { clip } = await clipFromUrl(ctx, { url: 'https://council.example/files/Minutes%202024.pdf' });
    expect(log).toContain('read Minutes 2024.pdf');
    expect(log).not.toContain('rewrite');
    expect(clip.pages).toEqual([{ page: 1, start: 0, end: 9 }]);
    expect(clip.fullHtmlSha256).toBeUndefined();
  });

  it('keeps plain text served as text/plain in paragraphs', async () => {
    const { ctx, store } = createFixture({
      fetchPage: async (url) => page(url, 'Headline\r\n\r\nFirst paragraph\r\nwrapped.\r\n', { contentType: 'text/plain' }),
    });
    const { clip } = await clipFromUrl(ctx, { url: 'https://wire.example/story.txt' });
    expect(clip.title).toBe('Headline');
    expect(store.bodies.get(`${clip.textSha256}.txt`)).toBe('Headline\n\nFirst paragraph\nwrapped.');
  });
});

describe('duplicates and new versions', () => {
  it('returns the existing clip for the same address without fetching it again', async () => {
    const { ctx, log, store } = createFixture();
    const first = await clipFromUrl(ctx, { url: URL_A });
    log.length = 0;
    const again = await clipFromUrl(ctx, { url: `${URL_A}#comments` });
    expect(again).toEqual({ clip: first.clip, duplicate: true });
    expect(log).toEqual([]);
    expect(store.commits).toHaveLength(1);
  });

  it('recognises the same article reached by another address, through its canonical URL', async () => {
    const { ctx } = createFixture();
    const first = await clipFromUrl(ctx, { url: URL_A });
    const other = await clipFromUrl(ctx, { url: 'https://m.gazette.example/depot' });
    expect(other.duplicate).toBe(true);
    expect(other.clip.id).toBe(first.clip.id);
  });

  it('recognises the same text pasted again', async () => {
    const { ctx } = createFixture();
    const first = await clipFromPaste(ctx, { text: 'Exactly this text.\n\nTwice.' });
    const again = await clipFromPaste(ctx, { text: 'Exactly this text.\r\n\r\nTwice.\r\n' });
    expect(again).toEqual({ clip: first.clip, duplicate: true });
  });

  it('keeps both captures with newVersion, linking the new one to the latest before it', async () => {
    const { ctx, store } = createFixture();
    const first = await clipFromUrl(ctx, { url: URL_A });
    const second = await clipFromUrl(ctx, { url: URL_A, newVersion: true });
    const third = await clipFromUrl(ctx, { url: URL_A, newVersion: true });
    expect(second.duplicate).toBe(false);
    expect(second.clip.id).not.toBe(first.clip.id);
    expect(second.clip.previousVersionId).toBe(first.clip.id);
    expect(third.clip.previousVersionId).toBe(second.clip.id);
    expect(Object.keys(store.data.clips)).toHaveLength(3);
    expect(first.clip.previousVersionId).toBeUndefined();
  });
});

describe('clipping a file or a paste', () => {
  it('stores a file with its name as origin and the hash of its exact bytes', async () => {
    const { ctx } = createFixture();
    const bytes = new TextEncoder().encode('raw file bytes');
    const { clip } = await clipFromFile(ctx, { name: 'notes.txt', bytes, title: '  My notes ' });
    expect(clip.title).toBe('My notes');
    expect(clip.capture).toMatchObject({ method: 'file', origin: 'notes.txt', contentType: 'text/plain', bytesSha256: sha(bytes), byteLength: 14 });
  });

  it('refuses a file over 15 MB before reading it', async () => {
    const { ctx, log, store } = createFixture();
    const error = await failure(clipFromFile(ctx, { name: 'huge.pdf', bytes: new Uint8Array(15 * 1024 * 1024 + 1) }));
    expect(error.message).toBe('huge.pdf is 15.1 MB; one clip imports at most 15 MB. Split the document, or clip the part you need.');
    expect(log).toEqual([]);
    expect(store.commits).toEqual([]);
  });

  it('extracts pasted HTML, and falls back to the pasted text when the HTML holds none', async () => {
    const { ctx, log } = createFixture({
      extractArticle: (html) => {
        log.push('extract');
        return html.includes('<img') ? article({ articleText: '', imageUrls: [] }) : article({ imageUrls: [] });
      },
    });
    const rich = await clipFromPaste(ctx, { html: '<p>The council will close the depot.</p>', text: 'ignored' });
    expect(rich.clip.capture).toMatchObject({ method: 'paste', contentType: 'text/html', bytesSha256: sha('<p>The council will close the depot.</p>') });
    const imageOnly = await clipFromPaste(ctx, { html: '<img src="x.png">', text: 'Words pasted alongside.' });
    expect(imageOnly.clip.capture.contentType).toBe('text/plain');
    expect(imageOnly.clip.title).toBe('Words pasted alongside.');
    expect(imageOnly.clip.capture.bytesSha256).toBe(sha('Words pasted alongside.'));
  });

  it('counts words where there are no spaces between them', async () => {
    const { ctx } = createFixture();
    const { clip } = await clipFromPaste(ctx, { text: '市议会周二投票关闭车站。' });
    expect((clip as Clip).wordCount).toBeGreaterThan(3);
  });
});
