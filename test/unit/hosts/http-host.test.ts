import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_CLIP_CHARS, MAX_IMPORT_BYTES } from '../../../shared/api/contract';
import { startHttpHost, type HttpHost } from '../../../main/hosts/http-host';
import { echoDispatch, rawRequest, type RawResponse } from './http-helpers';

let root: string;
let staticDir: string;
let host: HttpHost;
let calls: ReturnType<typeof echoDispatch>['calls'];

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'nn-http-'));
  staticDir = path.join(root, 'renderer');
  await mkdir(path.join(staticDir, 'assets'), { recursive: true });
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Newsroom Notebook</title><script type="module" src="./assets/app.js"></script>');
  await writeFile(path.join(staticDir, 'assets', 'app.js'), 'console.log("app")');
  await writeFile(path.join(staticDir, 'assets', 'app.css'), 'body{}');
  await writeFile(path.join(root, 'secret.txt'), 'TOP SECRET outside the renderer');
  const fake = echoDispatch();
  calls = fake.calls;
  host = await startHttpHost({ dispatch: fake.dispatch, staticDir });
});

afterEach(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

function api(method: string, body: unknown, headers: Record<string, string> = { 'x-notebook-token': host.token }): Promise<RawResponse> {
  return rawRequest(host.port, { method: 'POST', path: `/api/${method}`, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

function json(response: RawResponse): { ok: boolean; value?: unknown; error?: { code: string; message: string } } {
  return JSON.parse(response.body);
}

function expectNoCors(response: RawResponse): void {
  for (const name of Object.keys(response.headers)) expect(name.toLowerCase().startsWith('access-control-')).toBe(false);
}

describe('the browser-mode HTTP host', () => {
  it('serves on 127.0.0.1 with a fresh 256-bit token in the printed address', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const other = await startHttpHost({ dispatch: echoDispatch().dispatch, staticDir });
    expect(other.token).not.toBe(host.token);
    expect(other.port).not.toBe(host.port);
    await other.close();
  });

  it('answers a call with the token header with the dispatched, validated result', async () => {
    const response = await api('listClips', { limit: 5 });
    expect(response.status).toBe(200);
    expect(json(response)).toEqual({ ok: true, value: { method: 'listClips', input: { limit: 5, offset: 0 } } });
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expectNoCors(response);
  });

  it('refuses a call without a token, with a wrong token, or with the cookie alone, and runs nothing', async () => {
    for (const headers of [{} as Record<string, string>, { 'x-notebook-token': 'wrong' }, { 'x-notebook-token': `${host.token}x` }, { cookie: `notebook_token_${host.port}=${host.token}` }]) {
      const response = await api('addStory', { title: 'Budget' }, headers);
      expect(response.status).toBe(401);
      expect(json(response)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      expect(json(response).error?.message).toMatch(/token/);
      expectNoCors(response);
    }
    expect(calls).toEqual([]);
  });

  it('accepts the page bridge: the cookie plus X-Requested-By, and no token in script', async () => {
    const response = await api('addStory', { title: 'Budget' }, { cookie: `notebook_token_${host.port}=${host.token}`, 'x-requested-by': 'newsroom-notebook' });
    expect(response.status).toBe(200);
    expect(json(response)).toEqual({ ok: true, value: { method: 'addStory', input: { title: 'Budget' } } });
    const wrongCookie = await api('addStory', { title: 'Budget' }, { cookie: `notebook_token_${host.port}=nope`, 'x-requested-by': 'newsroom-notebook' });
    expect(wrongCookie.status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) with 403, even with the right token', async () => {
    for (const hostHeader of ['evil.example', `evil.example:${host.port}`, `127.0.0.1.evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, '127.0.0.1']) {
      const response = await api('listClips', {}, { 'x-notebook-token': host.token, host: hostHeader });
      expect(response.status).toBe(403);
      expect(json(response)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      const page = await rawRequest(host.port, { path: `/?token=${host.token}`, headers: { host: hostHeader } });
      expect(page.status).toBe(403);
    }
    const viaLocalhost = await api('listClips', {}, { 'x-notebook-token': host.token, host: `localhost:${host.port}` });
    expect(viaLocalhost.status).toBe(200);
    expect(calls).toHaveLength(1);
  });

  it('accepts a 5-million-character clip and a 15 MB file as base64, and refuses a body over 24 MiB with 413', async () => {
    const longest = await api('addTextClip', { text: 'é'.repeat(MAX_CLIP_CHARS) });
    expect(longest.status).toBe(200);
    expect(json(longest).ok).toBe(true);

    const largestFile = Buffer.alloc(MAX_IMPORT_BYTES, 0xab).toString('base64');
    const imported = await api('importFile', { name: 'report.pdf', dataBase64: largestFile });
    expect(imported.status).toBe(200);
    expect(json(imported).ok).toBe(true);

    const tooLarge = await api('addTextClip', { text: 'x'.repeat(25 * 1024 * 1024) });
    expect(tooLarge.status).toBe(413);
    expect(json(tooLarge)).toMatchObject({ ok: false, error: { code: 'payload_too_large' } });
    expect(json(tooLarge).error?.message).toMatch(/24 MiB/);
    expect(calls).toHaveLength(2);
  });

  it('refuses an oversized chunked body (no Content-Length) with 413', async () => {
    const small = await startHttpHost({ dispatch: echoDispatch().dispatch, staticDir, maxBodyBytes: 1024 });
    const response = await new Promise<RawResponse>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: small.port, method: 'POST', path: '/api/addTextClip', headers: { 'x-notebook-token': small.token, 'transfer-encoding': 'chunked' } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.write(JSON.stringify({ text: 'y'.repeat(800) }));
      req.end(JSON.stringify({ more: 'z'.repeat(800) }));
    });
    expect(response.status).toBe(413);
    await small.close();
  });

  it('answers bad JSON with 400 invalid_input, and bad input with the dispatcher\'s error', async () => {
    const badJson = await rawRequest(host.port, { method: 'POST', path: '/api/addStory', headers: { 'x-notebook-token': host.token }, body: '{"title": ' });
    expect(badJson.status).toBe(400);
    expect(json(badJson)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const badInput = await api('addStory', { title: '' });
    expect(badInput.status).toBe(200);
    expect(json(badInput)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const unknown = await api('dropEverything', {});
    expect(json(unknown)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(calls).toEqual([]);
  });

  it('answers a GET or OPTIONS on the API with 405/401 and never a CORS header', async () => {
    const get = await rawRequest(host.port, { path: '/api/listClips', headers: { 'x-notebook-token': host.token } });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    const preflight = await rawRequest(host.port, { method: 'OPTIONS', path: '/api/listClips', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-requested-by' } });
    expect(preflight.status).toBe(401);
    expectNoCors(preflight);
    expect(calls).toEqual([]);
  });
});

describe('the page and its assets', () => {
  it('needs the token: without it 401, with ?token= a cookie and a redirect that drops the token', async () => {
    const bare = await rawRequest(host.port, { path: '/' });
    expect(bare.status).toBe(401);
    expect(bare.body).toMatch(/token/);
    const wrong = await rawRequest(host.port, { path: '/?token=guess' });
    expect(wrong.status).toBe(401);

    const first = await rawRequest(host.port, { path: `/?token=${host.token}` });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toContain(`notebook_token_${host.port}=${host.token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);

    const page = await rawRequest(host.port, { path: '/', headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<title>Newsroom Notebook</title>');
    const csp = String(page.headers['content-security-policy']);
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'"]) expect(csp).toContain(directive);
    expect(csp).not.toContain('unsafe-inline');
    expectNoCors(page);
  });

  it('never redirects off the site after the token swap', async () => {
    const response = await rawRequest(host.port, { path: `//evil.example/?token=${host.token}` });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/');
  });

  describe('with the cookie', () => {
    const get = (pathName: string, method = 'GET') => rawRequest(host.port, { method, path: pathName, headers: { cookie: `notebook_token_${host.port}=${host.token}` } });

    it('serves assets with their content types, HEAD without a body, and UI routes as index.html', async () => {
      const js = await get('/assets/app.js');
      expect(js.status).toBe(200);
      expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(js.body).toBe('console.log("app")');
      expect((await get('/assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
      const head = await get('/assets/app.js', 'HEAD');
      expect(head.status).toBe(200);
      expect(head.body).toBe('');
      const route = await get('/clips/01HZX');
      expect(route.status).toBe(200);
      expect(route.body).toContain('<title>Newsroom Notebook</title>');
    });

    it('answers a missing asset with 404 (not the page) and other methods with 405', async () => {
      expect((await get('/assets/missing.js')).status).toBe(404);
      expect((await get('/', 'POST')).status).toBe(405);
      expect((await get('/assets/app.js', 'DELETE')).status).toBe(405);
    });

    it('refuses path traversal in every spelling and never leaks a file outside the renderer', async () => {
      for (const attempt of ['/../secret.txt', '/../../etc/passwd', '/%2e%2e/secret.txt', '/%2E%2E/%2e%2e/etc/passwd', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/assets/%00.js', '/%2e%2e%2f%2e%2e%2fetc%2fpasswd']) {
        const response = await get(attempt);
        expect([403, 404], attempt).toContain(response.status);
        expect(response.body, attempt).not.toContain('TOP SECRET');
        expect(response.body, attempt).not.toContain('root:');
      }
      expect((await get('/..%2fsecret.txt')).status).toBe(403);
    });

    it('does not follow a symlink out of the renderer folder', async () => {
      await symlink(path.join(root, 'secret.txt'), path.join(staticDir, 'assets', 'link.txt'));
      const response = await get('/assets/link.txt');
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('TOP SECRET');
    });
  });
});
