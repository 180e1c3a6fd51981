import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ClipProgress } from '../../../../main/clipper/clipper-types';
import { assetHref, captureImages, IMAGE_CAPTURE_LIMITS } from '../../../../main/clipper/assets/capture-images';
import { writeAssets } from '../../../../main/clipper/assets/write-assets';
import { ClipCancelledError } from '../../../../main/clipper/fetch/fetch-errors';
import { startPageServer, type PageServer } from '../../../support/page-server';
import { makeGif, makeJpegHeader, makePng, makeWebpHeader } from './tiny-images';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const png = makePng(40, 30);
const otherPng = makePng(40, 30, [0, 128, 0, 255]);
const bigPng = makePng(300, 300, [1, 2, 3, 4]);
const gif = makeGif(12, 9);
const pixel = makeGif(1, 1);
const jpeg = makeJpegHeader(800, 600);
const webp = makeWebpHeader(64, 48);
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(1)</script></svg>';

let server: PageServer;
let pageUrl: string;
const referers: (string | undefined)[] = [];
beforeAll(async () => {
  server = await startPageServer({
    '/img/a.png': { headers: { 'Content-Type': 'image/png' }, body: png },
    '/img/a-copy.png': { headers: { 'Content-Type': 'image/png' }, body: png },
    '/img/b.png': { headers: { 'Content-Type': 'image/png' }, body: otherPng },
    '/img/big.png': { headers: { 'Content-Type': 'image/png' }, body: bigPng },
    '/img/photo.jpg': { headers: { 'Content-Type': 'image/jpeg' }, body: jpeg },
    '/img/anim.gif': { headers: { 'Content-Type': 'image/gif' }, body: gif },
    '/img/pic.webp': { headers: { 'Content-Type': 'image/webp' }, body: webp },
    '/img/pixel.gif': { headers: { 'Content-Type': 'image/gif' }, body: pixel },
    '/img/logo.svg': { headers: { 'Content-Type': 'image/svg+xml' }, body: svg },
    '/img/svg-as-png.png': { headers: { 'Content-Type': 'image/png' }, body: svg },
    '/img/html-as-png.png': { headers: { 'Content-Type': 'image/png' }, body: '<html><body>not an image</body></html>' },
    '/img/untyped.png': { handler: (_req, res) => { res.removeHeader('Content-Type'); res.end(Buffer.from(otherPng)); } },
    '/img/broken.png': { status: 500, body: 'oops' },
    '/img/stall.png': { stall: 'before-headers' },
    '/img/moved.png': { redirect: '/img/a.png' },
    '/img/referer.png': {
      handler: (req, res) => {
        referers.push(req.headers.referer);
        res.writeHead(200, { 'Content-Type': 'image/png' });
        res.end(Buffer.from(makePng(5, 5, [9, 9, 9, 255])));
      },
    },
  });
  pageUrl = server.url('/articles/story.html');
});
afterAll(() => server.close());

describe('captureImages', () => {
  it('captures each image under its content hash and maps its URL to ../assets/<sha256>.<ext>', async () => {
    const urls = [server.url('/img/a.png'), server.url('/img/photo.jpg'), server.url('/img/anim.gif'), server.url('/img/pic.webp')];
    const { assets, map } = await captureImages(urls, { pageUrl });
    expect(assets.map((a) => a.ext)).toEqual(['png', 'jpg', 'gif', 'webp']);
    expect(assets[0]).toMatchObject({ originalUrl: urls[0], sha256: sha(png) });
    expect(Buffer.from(assets[0]!.bytes).equals(Buffer.from(png))).toBe(true);
    expect(map.get(urls[0]!)).toBe(`../assets/${sha(png)}.png`);
    expect(map.get(urls[1]!)).toBe(assetHref(sha(jpeg), 'jpg'));
    expect(map.size).toBe(4);
  });

  it('drops a 1×1 tracking pixel', async () => {
    const { assets, map } = await captureImages([server.url('/img/pixel.gif')], { pageUrl });
    expect(assets).toEqual([]);
    expect(map.get(server.url('/img/pixel.gif'))).toBeNull();
  });

  it('refuses SVG, whether labelled as SVG or disguised as PNG, and HTML posing as an image', async () => {
    const urls = [server.url('/img/logo.svg'), server.url('/img/svg-as-png.png'), server.url('/img/html-as-png.png')];
    const { assets, map } = await captureImages(urls, { pageUrl });
    expect(assets).toEqual([]);
    expect([...map.values()]).toEqual([null, null, null]);
  });

  it('trusts the bytes when the server sends no type', async () => {
    const { map } = await captureImages([server.url('/img/untyped.png')], { pageUrl });
    expect(map.get(server.url('/img/untyped.png'))).toBe(assetHref(sha(otherPng), 'png'));
  });

  it('maps failed images to null without failing the others', async () => {
    const urls = [server.url('/img/broken.png'), server.url('/img/missing.png'), server.url('/img/stall.png'), server.url('/img/a.png')];
    const { assets, map } = await captureImages(urls, { pageUrl, timeoutMs: 200 });
    expect(map.get(urls[0]!)).toBeNull();
    expect(map.get(urls[1]!)).toBeNull();
    expect(map.get(urls[2]!)).toBeNull();
    expect(map.get(urls[3]!)).toBe(assetHref(sha(png), 'png'));
    expect(assets).toHaveLength(1);
  });

  it('stores identical images once, whichever URLs they came from', async () => {
    const dataUrl = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
    const urls = [server.url('/img/a.png'), server.url('/img/a-copy.png'), server.url('/img/moved.png'), dataUrl];
    const { assets, map } = await captureImages(urls, { pageUrl });
    expect(assets).toHaveLength(1);
    expect(new Set(map.values())).toEqual(new Set([assetHref(sha(png), 'png')]));
  });

  it('captures data: images without a request and resolves relative URLs against the page', async () => {
    const before = server.requests.length;
    const dataUrl = `data:image/gif;base64,${Buffer.from(gif).toString('base64')}`;
    const { map } = await captureImages([dataUrl], { pageUrl });
    expect(map.get(dataUrl)).toBe(assetHref(sha(gif), 'gif'));
    expect(server.requests.length).toBe(before);
    const relative = await captureImages(['../img/b.png'], { pageUrl });
    expect(relative.map.get('../img/b.png')).toBe(assetHref(sha(otherPng), 'png'));
  });

  it('refuses non-web and non-image addresses', async () => {
    const urls = ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>alert(1)</script>', `data:image/svg+xml,${encodeURIComponent(svg)}`];
    const { assets, map } = await captureImages(urls, { pageUrl });
    expect(assets).toEqual([]);
    expect([...map.values()]).toEqual([null, null, null, null]);
  });

  it('sends the page as referrer, as a browser would', async () => {
    await captureImages([server.url('/img/referer.png')], { pageUrl });
    expect(referers.at(-1)).toBe(pageUrl);
  });

  it('caps the number of images, keeping the first ones', async () => {
    const urls = [server.url('/img/a.png'), server.url('/img/b.png'), server.url('/img/anim.gif')];
    const { assets, map } = await captureImages(urls, { pageUrl, maxCount: 2 });
    expect(assets.map((a) => a.originalUrl)).toEqual(urls.slice(0, 2));
    expect(map.get(urls[2]!)).toBeNull();
  });

  it('drops an image over the per-image cap', async () => {
    const { map } = await captureImages([server.url('/img/big.png'), server.url('/img/a.png')], { pageUrl, maxBytesEach: bigPng.length - 1 });
    expect(map.get(server.url('/img/big.png'))).toBeNull();
    expect(map.get(server.url('/img/a.png'))).not.toBeNull();
  });

  it('stops adding images at the total cap, in document order', async () => {
    const urls = [server.url('/img/a.png'), server.url('/img/b.png'), server.url('/img/anim.gif')];
    const { assets, map } = await captureImages(urls, { pageUrl, maxTotalBytes: png.length + otherPng.length + gif.length - 1 });
    expect(assets.map((a) => a.originalUrl)).toEqual(urls.slice(0, 2));
    expect(map.get(urls[2]!)).toBeNull();
    const total = assets.reduce((n, a) => n + a.bytes.length, 0);
    expect(total).toBeLessThanOrEqual(png.length + otherPng.length + gif.length - 1);
  });

  it('has sensible default caps', () => {
    expect(IMAGE_CAPTURE_LIMITS).toMatchObject({ maxCount: 50, maxBytesEach: 5 * 1024 * 1024, maxTotalBytes: 30 * 1024 * 1024 });
  });

  it('reports progress image by image', async () => {
    const seen: ClipProgress[] = [];
    const urls = [server.url('/img/a.png'), server.url('/img/broken.png'), server.url('/img/anim.gif')];
    await captureImages(urls, { pageUrl, onProgress: (p) => seen.push(p) });
    expect(seen[0]).toEqual({ stage: 'images', done: 0, total: 3 });
    expect(seen.at(-1)).toEqual({ stage: 'images', done: 3, total: 3 });
    expect(seen).toHaveLength(4);
  });

  it('stops the whole capture when cancelled', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const urls = [server.url('/img/stall.png'), server.url('/img/a.png')];
    await expect(captureImages(urls, { pageUrl, signal: controller.signal, timeoutMs: 5000, concurrency: 1 })).rejects.toBeInstanceOf(ClipCancelledError);
  });

  it('returns nothing for no images', async () => {
    const { assets, map } = await captureImages([], { pageUrl });
    expect(assets).toEqual([]);
    expect(map.size).toBe(0);
  });
});

describe('writeAssets', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes each asset under its content name, skips ones already there, and leaves no temp files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nn-assets-'));
    dirs.push(root);
    const assetsDir = join(root, 'assets');
    const { assets } = await captureImages([server.url('/img/a.png'), server.url('/img/anim.gif')], { pageUrl });
    const created = await writeAssets(assetsDir, assets);
    expect(created.sort()).toEqual([join(assetsDir, `${sha(gif)}.gif`), join(assetsDir, `${sha(png)}.png`)].sort());
    expect(readFileSync(join(assetsDir, `${sha(png)}.png`)).equals(Buffer.from(png))).toBe(true);

    const before = statSync(join(assetsDir, `${sha(png)}.png`)).mtimeMs;
    writeFileSync(join(assetsDir, 'unrelated.txt'), 'x');
    expect(await writeAssets(assetsDir, assets)).toEqual([]);
    expect(statSync(join(assetsDir, `${sha(png)}.png`)).mtimeMs).toBe(before);
    expect(readdirSync(assetsDir).sort()).toEqual([`${sha(gif)}.gif`, `${sha(png)}.png`, 'unrelated.txt'].sort());
  });

  it('refuses a name that could escape the folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nn-assets-'));
    dirs.push(root);
    await expect(writeAssets(root, [{ originalUrl: 'x', sha256: '../../evil', ext: 'png', bytes: png }])).rejects.toThrow(/unsafe name/);
    expect(readdirSync(root)).toEqual([]);
  });
});
