import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { resolveRedirect } from './clip-url';
import {
  ClipCancelledError,
  describeNetworkError,
  httpStatusError,
  stallError,
  timeoutError,
  tooLargeError,
  tooManyRedirectsError,
} from './fetch-errors';

/**
 * One GET with the limits a clip needs, shared by page and image fetching: redirects followed by hand
 * (so each hop is checked and counted), one deadline for the whole exchange plus a stall timer that
 * fires when the body stops arriving for a while, a byte cap enforced on the announced length and again while
 * streaming (reading stops at the cap), and the caller's AbortSignal. Node's http is used rather than
 * fetch() so that errors keep their system codes (ENOTFOUND, EAI_AGAIN…) for a precise message.
 */

export interface HttpGetOptions {
  timeoutMs: number;
  /** Longest pause allowed between two pieces of the body. */
  stallTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Sees the final response before its body is read; throw to refuse it without downloading. */
  onHeaders?: (head: ResponseHead) => void;
  onBytes?: (receivedBytes: number, totalBytes: number | undefined) => void;
}

export interface ResponseHead {
  url: URL;
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
}

export interface HttpResponse extends ResponseHead {
  bytes: Uint8Array;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const DEFAULT_HEADERS: Record<string, string> = {
  'User-Agent': 'Mozilla/5.0 (compatible; NewsroomNotebook/0.1; +offline clipper)',
  // Not deflate: servers disagree on whether it is zlib-wrapped or raw, and a wrong guess fails the clip.
  'Accept-Encoding': 'gzip, br',
};

function request(url: URL, headers: Record<string, string>, signal: AbortSignal, retried = false): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.get(url, { headers, signal }, resolve);
    req.on('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive connection that the server closed while we were busy (extracting the last page)
      // fails at once with ECONNRESET: that says nothing about the site, so try once on a fresh one.
      if (!retried && req.reusedSocket && error.code === 'ECONNRESET') {
        request(url, headers, signal, true).then(resolve, reject);
        return;
      }
      reject(error);
    });
  });
}

function decoded(res: IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : undefined;
  if (!decoder) return res;
  // Errors on either side destroy both, and surface through the iteration over the decoder.
  return pipeline(res, decoder, () => undefined);
}

function declaredLength(res: IncomingMessage): number | undefined {
  const raw = res.headers['content-length'];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

export async function httpGet(start: URL, options: HttpGetOptions): Promise<HttpResponse> {
  const controller = new AbortController();
  let failure: Error | undefined;
  const abortWith = (error: Error) => {
    failure ??= error;
    controller.abort(error);
  };
  if (options.signal?.aborted) throw new ClipCancelledError();
  const onCancel = () => abortWith(new ClipCancelledError());
  options.signal?.addEventListener('abort', onCancel, { once: true });
  let answered = false;
  const deadline = setTimeout(() => abortWith(timeoutError(options.timeoutMs, answered)), options.timeoutMs);
  let stall: NodeJS.Timeout | undefined;
  // Before the response starts, only the overall deadline applies ("did not answer within 20 seconds");
  // once the body flows, a pause longer than the stall timeout ends it sooner.
  const feedStallTimer = () => {
    clearTimeout(stall);
    stall = setTimeout(() => abortWith(stallError(options.stallTimeoutMs)), options.stallTimeoutMs);
  };
  const headers = { ...DEFAULT_HEADERS, ...options.headers };
  let url = start;
  let res: IncomingMessage | undefined;
  try {
    for (let redirects = 0; ; redirects += 1) {
      res = await request(url, headers, controller.signal);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (REDIRECT_STATUSES.has(status) && location) {
        res.resume();
        if (redirects >= options.maxRedirects) throw tooManyRedirectsError(options.maxRedirects, start);
        url = resolveRedirect(location, url);
        continue;
      }
      if (status >= 300 || status < 200) {
        res.resume();
        throw httpStatusError(status, res.statusMessage, url);
      }
      answered = true;
      feedStallTimer();
      const head: ResponseHead = { url, status, statusText: res.statusMessage ?? '', headers: res.headers };
      options.onHeaders?.(head);
      const total = declaredLength(res);
      if (total !== undefined && total > options.maxBytes) throw tooLargeError(options.maxBytes, total);
      const encoded = res.headers['content-encoding'] !== undefined && res.headers['content-encoding'] !== 'identity';
      const chunks: Buffer[] = [];
      let received = 0;
      for await (const chunk of decoded(res) as AsyncIterable<Buffer>) {
        feedStallTimer();
        received += chunk.length;
        if (received > options.maxBytes) throw tooLargeError(options.maxBytes);
        chunks.push(chunk);
        options.onBytes?.(received, encoded ? undefined : total);
      }
      if (failure) throw failure;
      if (!res.complete) throw Object.assign(new Error('the response ended early'), { code: 'ECONNRESET' });
      const bytes = new Uint8Array(Buffer.concat(chunks, received));
      return { ...head, bytes };
    }
  } catch (error) {
    // Stop the download of a refused or failed body now rather than leave the socket streaming.
    res?.destroy();
    throw describeNetworkError(failure ?? error, url);
  } finally {
    clearTimeout(deadline);
    clearTimeout(stall);
    options.signal?.removeEventListener('abort', onCancel);
  }
}
