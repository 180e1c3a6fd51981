import { AppError } from '../../../shared/api/result';

/**
 * Every way a fetch can fail, turned into a message a reporter can act on: it names the cause (offline,
 * DNS, refused, HTTP status, timeout, size) and what to do. Pure, so each mapping is unit-tested with
 * synthetic errors: a real DNS failure or a lost network cannot be produced in a test.
 */

/** Raised when the caller's AbortSignal fires. Still an AppError, so a host that does not look for it reports it plainly. */
export class ClipCancelledError extends AppError {
  constructor() {
    super('io_error', 'The clip was cancelled.');
    this.name = 'ClipCancelledError';
  }
}

export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  const shown = Number.isInteger(seconds) ? String(seconds) : seconds.toFixed(1);
  return `${shown} second${seconds === 1 ? '' : 's'}`;
}

export function formatBytes(bytes: number): string {
  const mb = 1024 * 1024;
  const trim = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, ''));
  if (bytes >= mb) return `${trim(bytes / mb)} MB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function isLoopbackOrPrivate(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    /^127\./.test(host) ||
    /^10\./.test(host) ||
    /^192\.168\./.test(host) ||
    /^172\.(1[6-9]|2\d|3[01])\./.test(host)
  );
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const own = (error as { code?: unknown }).code;
  if (typeof own === 'string') return own;
  const cause = (error as { cause?: unknown }).cause;
  return cause === undefined ? undefined : errorCode(cause);
}

const OFFLINE_CODES = new Set(['ENETUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'EAI_AGAIN', 'EAI_FAIL']);
const CUT_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE']);
const TLS_CODE = /^(CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_SSL_|EPROTO$)/;

/**
 * Maps an error from Node's http/https/dns/zlib layers to an AppError. Already-mapped AppErrors pass
 * through unchanged.
 *
 * Offline versus DNS: ENOTFOUND is a definite "no such name" answer from a resolver that works, so it
 * is reported as a spelling problem. EAI_AGAIN ("temporary failure") is what getaddrinfo returns when
 * no resolver can be reached, i.e. when the machine is offline. ENETUNREACH/ENETDOWN mean there is no
 * route at all. ECONNREFUSED is NOT treated as offline: a refusal is an answer from the remote machine,
 * so the network works and the site (or the port) is down.
 */
export function describeNetworkError(error: unknown, url: URL): AppError {
  if (error instanceof AppError) return error;
  const code = errorCode(error);
  const host = url.hostname;
  if (code === 'ENOTFOUND') {
    return new AppError('io_error', `The address ${host} could not be found (DNS). Check the spelling.`);
  }
  if (code && OFFLINE_CODES.has(code)) {
    return new AppError('io_error', `You appear to be offline: ${host} could not be reached (${code}). Check your internet connection and try again.`);
  }
  if (code === 'EHOSTUNREACH') {
    return new AppError('io_error', `You appear to be offline, or ${host} is unreachable from this network (${code}). Check your connection and try again.`);
  }
  if (code === 'ECONNREFUSED') {
    if (isLoopbackOrPrivate(host)) {
      return new AppError('io_error', `Nothing is answering at ${url.host} (connection refused). Check that the address and port are right and that the server is running.`);
    }
    return new AppError('io_error', `The site ${host} refused the connection (ECONNREFUSED). It may be down; try again later.`);
  }
  if (code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') {
    return new AppError('io_error', `Could not connect to ${host}: the connection timed out. You may be offline, or the site may be down.`);
  }
  if (code && CUT_CODES.has(code)) {
    return new AppError('io_error', `The connection to ${host} was cut before the page arrived (${code}). Try again.`);
  }
  if (code?.startsWith('Z_')) {
    return new AppError('io_error', `${host} sent a compressed page that could not be decompressed (${code}). Try again; if it keeps failing, save the page from your browser and import the file.`);
  }
  if (code && TLS_CODE.test(code)) {
    return new AppError('io_error', `The secure connection to ${host} could not be verified (${code}), so the page was not fetched. The site's certificate may be expired or wrong.`);
  }
  if (code?.startsWith('HPE_')) {
    return new AppError('io_error', `${host} sent a response that is not valid HTTP (${code}), so it cannot be clipped.`);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new AppError('io_error', `Could not fetch ${url.href}: ${detail}${code ? ` (${code})` : ''}.`);
}

export function httpStatusError(status: number, statusText: string | undefined, url: URL): AppError {
  const text = statusText?.trim() || defaultStatusText(status);
  const advice =
    status === 404 || status === 410
      ? 'Check the address; the page may have moved or been removed.'
      : status === 401 || status === 403
        ? 'The page may need a login or block automated access; try saving it from your browser and importing the file.'
        : status === 429
          ? 'The site is limiting requests; wait a little and try again.'
          : status >= 500
            ? 'The site has a problem on its side; try again later.'
            : 'The page was not clipped.';
  return new AppError('io_error', `The site answered ${status} ${text} for ${url.href}. ${advice}`);
}

function defaultStatusText(status: number): string {
  const known: Record<number, string> = {
    400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
    408: 'Request Timeout', 410: 'Gone', 429: 'Too Many Requests', 500: 'Internal Server Error',
    502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
  };
  return known[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

/** `answered`: the response had started, so the site is up but too slow to send the whole page. */
export function timeoutError(timeoutMs: number, answered = false): AppError {
  if (answered) {
    return new AppError('io_error', `The site did not send the whole page within ${formatSeconds(timeoutMs)}. It may be slow or the page very large; try again later.`);
  }
  return new AppError('io_error', `The site did not answer within ${formatSeconds(timeoutMs)}. It may be slow or down; try again later.`);
}

export function stallError(stallMs: number): AppError {
  return new AppError('io_error', `The site stopped sending data for ${formatSeconds(stallMs)}, so the download was abandoned. Try again later.`);
}

export function tooLargeError(maxBytes: number, declaredBytes?: number): AppError {
  const size = declaredBytes !== undefined ? ` (it announces ${formatBytes(declaredBytes)})` : '';
  return new AppError('payload_too_large', `The page is larger than ${formatBytes(maxBytes)}${size}, so it was not clipped. Save it from your browser and import the file instead.`);
}

export function tooManyRedirectsError(maxRedirects: number, url: URL): AppError {
  return new AppError('io_error', `The address ${url.href} redirected more than ${maxRedirects} times, so it was not followed further. It may be a redirect loop; open it in a browser to check.`);
}

export function emptyPageError(url: URL): AppError {
  return new AppError('invalid_input', `The page is empty: ${url.href} sent no content to clip.`);
}
