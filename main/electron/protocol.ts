import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { ASSET_CACHE_CONTROL, isNotebookAssetPath, resolveNotebookAsset } from '../hosts/notebook-assets';
import { SECURITY_HEADERS } from '../hosts/security-headers';
import { resolveStaticFile } from '../hosts/static-files';
import { APP_HOST, APP_SCHEME } from './app-url';

/**
 * The app:// protocol that serves the built renderer (dist/renderer) to the Electron window. Same
 * rules as the HTTP host's static files (static-files.ts), same CSP: GET/HEAD only, no traversal,
 * nothing but app://notebook/. Captured images of the open notebook are served at
 * app://notebook/notebook-assets/<sha256>.<ext>, as the HTTP host does (notebook-assets.ts).
 */

/** Must run before the app is ready: makes app:// a standard, secure origin that can use fetch. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * The request handler, separate from its registration so it can be tested with plain Requests.
 * `notebookDir` is asked on every request: the window exists before the notebook is open.
 */
export function createAppProtocolHandler(rendererDir: string, notebookDir: () => string | null = () => null): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Only GET and HEAD are served here.');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad address.');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found.');
    if (isNotebookAssetPath(url.pathname)) {
      const asset = await resolveNotebookAsset(notebookDir(), url.pathname);
      if (asset.kind === 'not_found') return plain(404, 'Not found.');
      const body = request.method === 'HEAD' ? null : await readFile(asset.path);
      return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': asset.contentType, 'Cache-Control': ASSET_CACHE_CONTROL } });
    }
    const found = await resolveStaticFile(rendererDir, url.pathname);
    if (found.kind === 'refused') return plain(403, 'That path is not allowed.');
    if (found.kind === 'not_found') return plain(404, 'Not found.');
    const body = request.method === 'HEAD' ? null : await readFile(found.path);
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': found.contentType, 'Cache-Control': 'no-cache' } });
  };
}

/** Serves app:// from `rendererDir` (and the open notebook's images); call once the app is ready. */
export function serveAppProtocol(rendererDir: string, notebookDir: () => string | null = () => null): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir, notebookDir));
}
