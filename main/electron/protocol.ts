import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../hosts/security-headers';
import { resolveStaticFile } from '../hosts/static-files';
import { APP_HOST, APP_SCHEME } from './app-url';

/**
 * The app:// protocol that serves the built renderer (dist/renderer) to the Electron window. Same
 * rules as the HTTP host's static files (static-files.ts), same CSP: GET/HEAD only, no traversal,
 * nothing but app://notebook/.
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

/** The request handler, separate from its registration so it can be tested with plain Requests. */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Only GET and HEAD are served here.');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad address.');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found.');
    const found = await resolveStaticFile(rendererDir, url.pathname);
    if (found.kind === 'refused') return plain(403, 'That path is not allowed.');
    if (found.kind === 'not_found') return plain(404, 'Not found.');
    const body = request.method === 'HEAD' ? null : await readFile(found.path);
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': found.contentType, 'Cache-Control': 'no-cache' } });
  };
}

/** Serves app:// from `rendererDir`; call once the app is ready. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}
