import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleMain } from '../../../../main/build/bundle-main';
import { AppError } from '../../../../shared/api/result';
import { extractArticle } from '../../../../main/clipper/extract/extract-article';
import { rewriteImages } from '../../../../main/clipper/extract/rewrite-images';
import { createClipWorkerClient, type ClipWorkerClient } from '../../../../main/clipper/worker/clip-worker-client';
import { clipWorkerLocation, type WorkerLocation } from '../../../../main/clipper/worker/worker-location';
import { largePage, longestTickGap } from './event-loop';

/**
 * The clip worker as the app runs it: the real bundle (dist/main/clip-worker.js and its chunks),
 * built into <project>/.tmp so its npm packages resolve from node_modules as dist/main's do. (From
 * TypeScript sources there is no worker on Node 20, so vitest itself clips in-process.)
 */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
let root: string;
let sourceWorker: WorkerLocation | undefined;

beforeAll(async () => {
  await mkdir(path.join(projectRoot, '.tmp'), { recursive: true });
  root = await mkdtemp(path.join(projectRoot, '.tmp', 'nn-clip-worker-'));
  await bundleMain(projectRoot, path.join(root, 'main'));
  // As the bundled client finds it, from inside dist/main/chunks.
  sourceWorker = clipWorkerLocation(pathToFileURL(path.join(root, 'main', 'chunks', 'client.js')).href);
}, 60_000);
afterAll(() => rm(root, { recursive: true, force: true }));

const clients: ClipWorkerClient[] = [];
function client(): ClipWorkerClient {
  const made = createClipWorkerClient({ location: sourceWorker });
  clients.push(made);
  return made;
}
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

const url = 'http://127.0.0.1:8080/bbc-1/';
const bbc = readFileSync(new URL('../../../fixtures/pages/bbc-1/source.html', import.meta.url), 'utf8');

describe('the bundled clip worker', () => {
  it('is found by the bundled client, and not from TypeScript sources', () => {
    expect(sourceWorker?.url.href).toBe(pathToFileURL(path.join(root, 'main', 'clip-worker.js')).href);
    expect(clipWorkerLocation(new URL('../../../../main/clipper/worker/worker-location.ts', import.meta.url).href)).toBeUndefined();
  });

  it('extracts a real page exactly as extraction on the main thread does, in a worker thread', async () => {
    const worker = client();
    const extracted = await worker.run({ kind: 'extractArticle', html: bbc, options: { url } });
    expect(worker.running).toBe(true);
    expect(extracted).toEqual(extractArticle(bbc, { url }));
    expect(extracted.articleFound).toBe(true);
  });

  it('rewrites images as the main thread does', async () => {
    const html = '<p>a</p><img src="https://example.com/a.png"><img src="https://example.com/b.png">';
    const map = new Map<string, string | null>([['https://example.com/a.png', '../assets/abc.png'], ['https://example.com/b.png', null]]);
    expect(await client().run({ kind: 'rewriteImages', html, map })).toBe(rewriteImages(html, map));
  });

  it('reads a file, and its errors arrive as AppError with their code and message', async () => {
    const worker = client();
    const text = new TextEncoder().encode('Council votes\n\nThe council voted on Tuesday to approve the plan.');
    const doc = await worker.run({ kind: 'readDocument', name: 'notes.txt', bytes: text });
    expect(doc.article.articleText).toContain('The council voted on Tuesday');
    const failed = await worker.run({ kind: 'extractArticle', html: '<html><body></body></html>', options: {} }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(AppError);
    const inProcess = (() => {
      try {
        extractArticle('<html><body></body></html>');
      } catch (e) {
        return e as AppError;
      }
      return undefined;
    })();
    expect((failed as AppError).code).toBe('invalid_input');
    expect((failed as AppError).message).toBe(inProcess?.message);
    const unsupported = await worker.run({ kind: 'readDocument', name: 'photo.exe', bytes: new Uint8Array([1, 2]) }).catch((e: unknown) => e);
    expect(unsupported).toBeInstanceOf(AppError);
    expect((unsupported as AppError).message).toMatch(/cannot clip \.exe files/);
  });

  it('keeps the main thread ticking while a large page is extracted, unlike extraction in-process', async () => {
    const html = largePage();
    expect(html.length).toBeGreaterThan(1_000_000);
    const worker = client();
    await worker.run({ kind: 'extractArticle', html: '<p>warm up the worker and its modules</p>', options: {} });
    extractArticle('<p>warm up this thread too</p>');

    const inWorker = await longestTickGap(() => worker.run({ kind: 'extractArticle', html, options: { url } }));
    const inProcess = await longestTickGap(async () => extractArticle(html, { url }));
    console.log(`longest main-thread gap: worker ${inWorker.gap} ms, in-process ${inProcess.gap} ms`);
    expect(inWorker.value).toEqual(inProcess.value);
    // In-process, the whole extraction blocks the thread; in the worker, the thread keeps ticking: under
    // 100 ms on a machine to itself, and when other test files share its cores (the timer itself then runs
    // late) still a small share of what extraction on this thread costs.
    expect(inProcess.gap).toBeGreaterThan(100);
    expect(inWorker.gap).toBeLessThan(Math.max(100, inProcess.gap / 10));
  }, 60_000);

  it('stops after being idle, and starts again on the next task', async () => {
    const worker = createClipWorkerClient({ location: sourceWorker, idleMs: 50 });
    clients.push(worker);
    await worker.run({ kind: 'rewriteImages', html: '<p>x</p>', map: new Map() });
    expect(worker.running).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(worker.running).toBe(false);
    expect(await worker.run({ kind: 'rewriteImages', html: '<p>y</p>', map: new Map() })).toBe('<p>y</p>');
  });

  it('runs a task in-process when the worker crashes during it, and starts a fresh worker for the next', async () => {
    // A worker that starts, then dies on its first task (as a worker out of memory would).
    const crashing = path.join(root, 'crashing-worker.mjs');
    await writeFile(crashing, "import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => process.exit(1)); parentPort.postMessage({ type: 'ready' });");
    const worker = createClipWorkerClient({ location: { url: pathToFileURL(crashing), execArgv: [] } });
    clients.push(worker);
    const warm = worker.run({ kind: 'rewriteImages', html: '<p>x</p>', map: new Map() });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await warm).toBe('<p>x</p>');
    expect(worker.running).toBe(false);
    const next = worker.run({ kind: 'extractArticle', html: bbc, options: { url } });
    expect(worker.running).toBe(true);
    expect(await next).toEqual(extractArticle(bbc, { url }));
  });

  it('falls back to running in-process when the worker file is missing', async () => {
    const missing = createClipWorkerClient({ location: { url: new URL('./no-such-worker.js', import.meta.url), execArgv: [] } });
    clients.push(missing);
    const extracted = await missing.run({ kind: 'extractArticle', html: bbc, options: { url } });
    expect(extracted).toEqual(extractArticle(bbc, { url }));
    expect(missing.running).toBe(false);
    const failed = await missing.run({ kind: 'extractArticle', html: '', options: {} }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(AppError);
  });

  it('finds no worker where there is none, and then runs in-process', async () => {
    expect(clipWorkerLocation(new URL('file:///nowhere/chunks/x.js').href)).toBeUndefined();
    const none = createClipWorkerClient({ location: undefined });
    expect(await none.run({ kind: 'rewriteImages', html: '<img src="https://e.com/x.png">', map: new Map() })).toBe('');
    expect(none.running).toBe(false);
  });
});
