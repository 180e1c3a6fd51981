import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Who may talk to the browser-mode host. Everything here is about one threat: another web page
 * (or a DNS-rebinding trick) in the reporter's browser reaching the notebook on 127.0.0.1.
 * See the comment at the top of http-host.ts for the whole scheme.
 */

/** The header an API caller that knows the token (tests, scripts) sends it in. */
export const TOKEN_HEADER = 'x-notebook-token';
/** The header the page's bridge sends with the cookie; a custom header forces a CORS preflight, which we never answer. */
export const REQUESTED_BY_HEADER = 'x-requested-by';
export const REQUESTED_BY_VALUE = 'newsroom-notebook';

/** A fresh per-run token: 256 random bits, URL-safe so it can ride in `?token=`. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time comparison; hashing first makes unequal lengths take the same time too. */
export function tokensEqual(given: string | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given === '') return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * The cookie name carries the port: browsers share cookies across ports of one host, and two
 * notebooks served at once (two ports) must not overwrite each other's token.
 */
export function cookieName(port: number): string {
  return `notebook_token_${port}`;
}

/** Only the exact loopback names with our port: anything else is a rebinding attempt or a mistake. */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const host = hostHeader.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    cookies.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return cookies;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? undefined : value;
}

function cookieToken(headers: IncomingHttpHeaders, port: number): string | undefined {
  return parseCookies(headers.cookie).get(cookieName(port));
}

/** An API call is allowed with the token header, or with the cookie plus the X-Requested-By header. */
export function isApiAuthorized(headers: IncomingHttpHeaders, token: string, port: number): boolean {
  if (tokensEqual(single(headers[TOKEN_HEADER]), token)) return true;
  return single(headers[REQUESTED_BY_HEADER]) === REQUESTED_BY_VALUE && tokensEqual(cookieToken(headers, port), token);
}

/** A page or asset is allowed with the cookie or with `?token=` in its address. */
export function isPageAuthorized(headers: IncomingHttpHeaders, queryToken: string | null, token: string, port: number): boolean {
  return tokensEqual(queryToken ?? undefined, token) || tokensEqual(cookieToken(headers, port), token);
}

/** HttpOnly: page script never sees it. SameSite=Strict: other sites' requests never carry it. */
export function tokenCookie(token: string, port: number): string {
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}
