import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { protocol, resetFakeElectron } from '../../support/fake-electron';
import { createAppProtocolHandler, registerAppScheme, serveAppProtocol } from '../../../main/electron/protocol';

let root: string;
let handler: (request: Request) => Promise<Response>;

beforeEach(async () => {
  resetFakeElectron();
  root = await mkdtemp(path.join(tmpdir(), 'nn-proto-'));
  const renderer = path.join(root, 'renderer');
  await mkdir(path.join(renderer, 'assets'), { recursive: true });
  await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>Newsroom Notebook</title>');
  await writeFile(path.join(renderer, 'assets', 'app.js'), 'export {}');
  await writeFile(path.join(root, 'secret.txt'), 'TOP SECRET');
  handler = createAppProtocolHandler(renderer);
});

afterEach(() => rm(root, { recursive: true, force: true }));

describe('the app:// protocol', () => {
  it('is registered as a standard, secure scheme and served by our handler', async () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    serveAppProtocol(path.join(root, 'renderer'));
    const registered = protocol.handlers.get('app');
    expect((await registered?.(new Request('app://notebook/index.html')))?.status).toBe(200);
  });

  it('serves the renderer with its content types and the CSP', async () => {
    const page = await handler(new Request('app://notebook/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>Newsroom Notebook</title>');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    const script = await handler(new Request('app://notebook/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await handler(new Request('app://notebook/clips/01HZ'))).status).toBe(200);
  });

  it('refuses other methods, other hosts, missing assets and traversal', async () => {
    expect((await handler(new Request('app://notebook/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    expect((await handler(new Request('app://evil/index.html'))).status).toBe(404);
    expect((await handler(new Request('app://notebook/assets/missing.js'))).status).toBe(404);
    for (const url of ['app://notebook/..%2fsecret.txt', 'app://notebook/assets/..%2f..%2fsecret.txt', 'app://notebook/%2e%2e/secret.txt', 'app://notebook/..%5csecret.txt']) {
      const response = await handler(new Request(url));
      expect([403, 404], url).toContain(response.status);
      expect(await response.text(), url).not.toContain('TOP SECRET');
    }
    expect((await handler(new Request('app://notebook/..%2fsecret.txt'))).status).toBe(403);
  });

  describe('notebook images', () => {
    const png = 'pretend-png-bytes';
    const name = `${createHash('sha256').update(png).digest('hex')}.png`;
    let notebook: string;
    let withNotebook: (request: Request) => Promise<Response>;

    beforeEach(async () => {
      notebook = path.join(root, 'notebook');
      await mkdir(path.join(notebook, 'assets'), { recursive: true });
      await writeFile(path.join(notebook, 'assets', name), png);
      withNotebook = createAppProtocolHandler(path.join(root, 'renderer'), () => notebook);
    });

    it('serves a captured image from the open notebook with its type and nosniff', async () => {
      const response = await withNotebook(new Request(`app://notebook/notebook-assets/${name}`));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toBe(png);
      const head = await withNotebook(new Request(`app://notebook/notebook-assets/${name}`, { method: 'HEAD' }));
      expect(head.status).toBe(200);
    });

    it('answers 404 for bad names, traversal, a missing image, and before a notebook is open', async () => {
      for (const url of [
        'app://notebook/notebook-assets/..%2f..%2fsecret.txt',
        'app://notebook/notebook-assets/secret.txt',
        `app://notebook/notebook-assets/${name.replace('.png', '.svg')}`,
        `app://notebook/notebook-assets/${'0'.repeat(64)}.png`,
        'app://notebook/notebook-assets/route',
      ]) {
        const response = await withNotebook(new Request(url));
        expect(response.status, url).toBe(404);
        expect(await response.text(), url).not.toContain('TOP SECRET');
      }
      expect((await handler(new Request(`app://notebook/notebook-assets/${name}`))).status).toBe(404);
    });
  });
});
