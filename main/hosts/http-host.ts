/**
 * Browser mode's HTTP host: the same API and the same renderer as the Electron app, served on
 * 127.0.0.1 to any Chromium, for machines where Electron cannot run.
 *
 * How a request proves it comes from the reporter (a per-run random token, 256 bits):
 * - The address printed at start is http://127.0.0.1:PORT/?token=T. Opening it sets the cookie
 *   `notebook_token_PORT=T` (HttpOnly, SameSite=Strict, Path=/) and redirects to `/`, so the token
 *   leaves the address bar and page script never sees it.
 * - Pages and assets (GET/HEAD) need that cookie, or `?token=T` in their own address.
 * - API calls (POST /api/<method>, JSON body) need EITHER the header `X-Notebook-Token: T` (scripts,
 *   tests) OR the cookie PLUS the header `X-Requested-By: newsroom-notebook`. That is what the
 *   renderer's http-bridge sends: `fetch('/api/' + method, { method: 'POST', credentials: 'same-origin',
 *   headers: { 'Content-Type': 'application/json', 'X-Requested-By': 'newsroom-notebook' },
 *   body: JSON.stringify(input ?? {}) })`. The bridge holds no token in JS at all. Another site cannot
 *   forge the call: SameSite=Strict keeps the cookie off its requests, and a custom header forces a
 *   CORS preflight that this host never answers (it sends no CORS headers, ever).
 * - A Host header other than 127.0.0.1:PORT or localhost:PORT is refused (403): that is DNS rebinding.
 * - Tokens are compared in constant time.
 *
 * Every API answer is ApiResult JSON, errors included: 200 for anything the dispatcher answered,
 * 400 bad JSON, 401 no/wrong token, 403 foreign Host, 405 wrong method, 413 body over the cap.
 */
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../api/dispatch';
import { fail, type ApiResult, type ErrorCode } from '../../shared/api/result';
import { isAllowedHost, isApiAuthorized, isPageAuthorized, newToken, tokenCookie } from './http-auth';
import { SECURITY_HEADERS } from './security-headers';
import { ASSET_CACHE_CONTROL, isNotebookAssetPath, resolveNotebookAsset } from './notebook-assets';
import { resolveStaticFile } from './static-files';

/**
 * Enough for the largest import (a 15 MB file is 20 MiB as base64, plus its JSON) and for a
 * 5-million-character clip as JSON even in a 3-byte-per-character script; not much more.
 */
export const MAX_BODY_BYTES = 24 * 1024 * 1024;

export interface HttpHostOptions {
  dispatch: Dispatch;
  /** The built renderer, dist/renderer. */
  staticDir: string;
  /** 0 (the default) lets the OS pick a free port. */
  port?: number;
  /** A fixed token (tests); otherwise a fresh random one per run. */
  token?: string;
  maxBodyBytes?: number;
  /** The open notebook's folder, whose assets/ (captured images) is served at /notebook-assets/<file>. */
  notebookDir?: string | null;
}

export interface HttpHost {
  /** The address to open: http://127.0.0.1:PORT/?token=TOKEN */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? newToken();
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let port = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendApi(res, 500, fail('internal', 'Something went wrong inside the app. The details are in the log.'));
      else res.destroy();
    });
  });
  // A stalled or slow client cannot hold a connection forever.
  server.headersTimeout = 15_000;
  server.requestTimeout = 120_000;
  server.keepAliveTimeout = 5_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/';
    const isApi = rawUrl.startsWith(API_PREFIX);
    if (!isAllowedHost(req.headers.host, port)) {
      const message = `This address is not allowed. Open the notebook at http://127.0.0.1:${port}/ as printed when it started.`;
      return refuse(req, res, isApi, 403, 'forbidden', message);
    }
    if (isApi) return handleApi(req, res, rawUrl);
    return handleStatic(req, res, rawUrl);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, rawUrl: string): Promise<void> {
    if (!isApiAuthorized(req.headers, token, port)) {
      return refuse(req, res, true, 401, 'unauthorized', 'This request did not carry the notebook\'s access token. Open the address printed when the notebook started (it ends with ?token=...) and try again.');
    }
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return refuse(req, res, true, 405, 'invalid_input', 'Notebook actions must be sent with POST.');
    }
    const method = rawUrl.slice(API_PREFIX.length).split('?')[0] ?? '';
    const body = await readBody(req, maxBodyBytes);
    if (body.kind === 'too_large') {
      const mib = Math.floor(maxBodyBytes / (1024 * 1024));
      return refuse(req, res, true, 413, 'payload_too_large', `This request is larger than ${mib} MiB, the most the notebook accepts at once. Split it into smaller parts and try again.`);
    }
    if (body.kind === 'aborted') return;
    let input: unknown = undefined;
    if (body.text.trim() !== '') {
      try {
        input = JSON.parse(body.text);
      } catch {
        return sendApi(res, 400, fail('invalid_input', 'The request body is not valid JSON. Send the action\'s input as a JSON object.'));
      }
    }
    sendApi(res, 200, await options.dispatch(method, input));
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, rawUrl: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return refuse(req, res, false, 405, 'invalid_input', 'Only GET and HEAD are served here.');
    }
    const queryAt = rawUrl.indexOf('?');
    const rawPath = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
    const queryToken = queryAt === -1 ? null : new URLSearchParams(rawUrl.slice(queryAt + 1)).get('token');
    if (!isPageAuthorized(req.headers, queryToken, token, port)) {
      return refuse(req, res, false, 401, 'unauthorized', 'This page needs the notebook\'s access token. Open the full address printed when the notebook started (it ends with ?token=...).');
    }
    if (queryToken !== null) {
      // Trade the token in the address for the cookie, and take it out of the address bar and history.
      // Only a plain same-origin path is kept; `//host` would be an open redirect.
      const location = /^\/(?![/\\])[^\\]*$/.test(rawPath) ? rawPath : '/';
      res.writeHead(303, { ...SECURITY_HEADERS, 'Set-Cookie': tokenCookie(token, port), Location: location, 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    if (isNotebookAssetPath(rawPath)) {
      // Captured images: never the renderer's files, and never index.html for a name that is not one.
      const asset = await resolveNotebookAsset(options.notebookDir ?? null, rawPath);
      if (asset.kind === 'not_found') return refuse(req, res, false, 404, 'not_found', 'Not found.');
      return sendFile(req, res, asset.path, { 'Content-Type': asset.contentType, 'Cache-Control': ASSET_CACHE_CONTROL });
    }
    const found = await resolveStaticFile(options.staticDir, rawPath);
    if (found.kind === 'refused') return refuse(req, res, false, 403, 'forbidden', 'That path is not allowed.');
    if (found.kind === 'not_found') return refuse(req, res, false, 404, 'not_found', 'Not found.');
    return sendFile(req, res, found.path, { 'Content-Type': found.contentType, 'Cache-Control': 'no-cache' });
  }

  async function sendFile(req: IncomingMessage, res: ServerResponse, filePath: string, headers: Record<string, string>): Promise<void> {
    res.writeHead(200, { ...SECURITY_HEADERS, ...headers });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await new Promise<void>((resolve) => {
      const stream = createReadStream(filePath);
      stream.on('error', () => {
        res.destroy();
        resolve();
      });
      stream.on('end', resolve);
      stream.pipe(res);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

type BodyRead = { kind: 'ok'; text: string } | { kind: 'too_large' } | { kind: 'aborted' };

/** Reads the body up to the cap; stops collecting (but keeps draining) once it is exceeded. */
function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyRead> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    return Promise.resolve({ kind: 'too_large' });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        if (!tooLarge) {
          tooLarge = true;
          chunks.length = 0;
          resolve({ kind: 'too_large' });
        }
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!tooLarge) resolve({ kind: 'ok', text: Buffer.concat(chunks).toString('utf8') });
    });
    req.on('error', () => resolve({ kind: 'aborted' }));
    req.on('aborted', () => resolve({ kind: 'aborted' }));
  });
}

function sendApi(res: ServerResponse, status: number, result: ApiResult<unknown>): void {
  const body = JSON.stringify(result);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** Errors as ApiResult JSON for API calls, a plain sentence for pages. */
function refuse(req: IncomingMessage, res: ServerResponse, isApi: boolean, status: number, code: ErrorCode, message: string): void {
  if (status === 413) res.setHeader('Connection', 'close');
  if (isApi) return sendApi(res, status, fail(code, message));
  const body = req.method === 'HEAD' ? '' : `${message}\n`;
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(body);
}
