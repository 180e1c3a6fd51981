/**
 * The headers both hosts (app:// in Electron, HTTP in browser mode) put on what they serve.
 * One definition so the two cannot drift: the renderer must work, and be equally locked down, on both.
 */

/**
 * The renderer's Content-Security-Policy. No inline script anywhere (the built renderer has none),
 * nothing from other origins, no plugins, no framing, no <base> tricks, no form posts. Images may be
 * data:/blob: so captured pictures can be shown offline; clipped HTML never gets to run script.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Sent on every response of both hosts. No CORS header is ever among them. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
