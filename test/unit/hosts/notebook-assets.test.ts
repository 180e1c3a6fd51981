import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../../main/hosts/http-host';
import { resolveNotebookAsset } from '../../../main/hosts/notebook-assets';
import { echoDispatch, rawRequest } from './http-helpers';

/**
 * Captured images as the reader loads them in browser mode: /notebook-assets/<sha256>.<ext> from the
 * open notebook's assets/ folder, behind the same token as the pages, and nothing else by that road.
 */

const sha = (content: string) => createHash('sha256').update(content).digest('hex');
const PNG = 'pretend-png-bytes';
const JPEG = 'pretend-jpeg-bytes';
const PNG_NAME = `${sha(PNG)}.png`;
const JPEG_NAME = `${sha(JPEG)}.jpg`;

let root: string;
let notebookDir: string;
let host: HttpHost;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'nn-assets-'));
  notebookDir = path.join(root, 'notebook');
  const staticDir = path.join(root, 'renderer');
  await mkdir(path.join(notebookDir, 'assets'), { recursive: true });
  await mkdir(path.join(notebookDir, 'clips'), { recursive: true });
  await mkdir(staticDir, { recursive: true });
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Newsroom Notebook</title>');
  await writeFile(path.join(notebookDir, 'assets', PNG_NAME), PNG);
  await writeFile(path.join(notebookDir, 'assets', JPEG_NAME), JPEG);
  await writeFile(path.join(notebookDir, 'clips', `${sha('x')}.html`), '<p>TOP SECRET clip body</p>');
  await writeFile(path.join(root, 'secret.png'), 'TOP SECRET outside the notebook');
  host = await startHttpHost({ dispatch: echoDispatch().dispatch, staticDir, notebookDir });
});

afterEach(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

const withCookie = (pathName: string, method = 'GET') =>
  rawRequest(host.port, { method, path: pathName, headers: { cookie: `notebook_token_${host.port}=${host.token}` } });

describe('notebook assets over HTTP', () => {
  it('serves a captured image with its image type, nosniff and the app’s CSP', async () => {
    const png = await withCookie(`/notebook-assets/${PNG_NAME}`);
    expect(png.status).toBe(200);
    expect(png.body).toBe(PNG);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.headers['x-content-type-options']).toBe('nosniff');
    expect(png.headers['content-security-policy']).toContain("default-src 'self'");
    expect(png.headers['cache-control']).toMatch(/immutable/);
    const jpeg = await withCookie(`/notebook-assets/${JPEG_NAME}`);
    expect(jpeg.headers['content-type']).toBe('image/jpeg');
    const head = await withCookie(`/notebook-assets/${PNG_NAME}`, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('needs the token like every page', async () => {
    const bare = await rawRequest(host.port, { path: `/notebook-assets/${PNG_NAME}` });
    expect(bare.status).toBe(401);
    expect(bare.body).not.toContain(PNG);
    const wrong = await rawRequest(host.port, { path: `/notebook-assets/${PNG_NAME}`, headers: { cookie: `notebook_token_${host.port}=nope` } });
    expect(wrong.status).toBe(401);
  });

  it('answers 404 for traversal, other files, bad names and missing images, never the page', async () => {
    const attempts = [
      '/notebook-assets/../secret.png',
      '/notebook-assets/%2e%2e/secret.png',
      '/notebook-assets/..%2fsecret.png',
      '/notebook-assets/..%2f..%2fsecret.png',
      `/notebook-assets/..%2fclips%2f${sha('x')}.html`,
      `/notebook-assets/${sha('x')}.html`,
      `/notebook-assets/${sha(PNG)}.svg`,
      `/notebook-assets/${sha(PNG).toUpperCase()}.png`,
      `/notebook-assets/${PNG_NAME}/`,
      `/notebook-assets/x/${PNG_NAME}`,
      `/notebook-assets/${PNG_NAME}%00`,
      '/notebook-assets/',
      '/notebook-assets/clip-route',
      `/notebook-assets/${sha('missing')}.png`,
    ];
    for (const attempt of attempts) {
      const response = await withCookie(attempt);
      expect(response.status, attempt).toBe(404);
      expect(response.body, attempt).not.toContain('TOP SECRET');
      expect(response.body, attempt).not.toContain('<title>');
    }
  });

  it('does not follow a symlink named like an image out of assets/', async () => {
    const name = `${sha('link')}.png`;
    await symlink(path.join(root, 'secret.png'), path.join(notebookDir, 'assets', name));
    const response = await withCookie(`/notebook-assets/${name}`);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('TOP SECRET');
  });

  it('serves no asset when the host has no notebook', async () => {
    const bare = await startHttpHost({ dispatch: echoDispatch().dispatch, staticDir: path.join(root, 'renderer') });
    const response = await rawRequest(bare.port, { path: `/notebook-assets/${PNG_NAME}`, headers: { cookie: `notebook_token_${bare.port}=${bare.token}` } });
    expect(response.status).toBe(404);
    await bare.close();
  });
});

describe('resolveNotebookAsset', () => {
  it('finds only content-addressed images inside the notebook’s assets folder', async () => {
    expect(await resolveNotebookAsset(notebookDir, `/notebook-assets/${PNG_NAME}`)).toEqual({
      kind: 'file',
      path: path.join(notebookDir, 'assets', PNG_NAME),
      contentType: 'image/png',
    });
    expect(await resolveNotebookAsset(notebookDir, `/assets/${PNG_NAME}`)).toEqual({ kind: 'not_found' });
    expect(await resolveNotebookAsset(null, `/notebook-assets/${PNG_NAME}`)).toEqual({ kind: 'not_found' });
  });
});
