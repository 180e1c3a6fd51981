/**
 * Which URLs may stay in clipped HTML. Every URL is parsed with the WHATWG URL parser, the same
 * one browsers use, so tricks a naive check misses (`JaVaScRiPt:`, tabs and newlines inside the
 * scheme, entities already decoded by the HTML parser) are seen exactly as a browser would see them;
 * the normalised form is what gets stored.
 */

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const WEB_PROTOCOLS = new Set(['http:', 'https:']);

/** Inline images of these types only; anything else (SVG above all) could carry script. */
const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp)(?:;[a-z0-9=.+-]+)*,[a-z0-9+/=%\s._~-]*$/i;

function parse(value: string, base: string | undefined): URL | undefined {
  try {
    return base === undefined ? new URL(value) : new URL(value, base);
  } catch {
    return undefined;
  }
}

/** A link target a reporter may follow (http, https, mailto), resolved and normalised; else undefined. */
export function safeLinkUrl(value: string, base?: string): string | undefined {
  const url = parse(value.trim(), base);
  return url !== undefined && LINK_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

/** A web address (http, https) resolved and normalised, e.g. for `cite` or a canonical URL; else undefined. */
export function safeWebUrl(value: string, base?: string): string | undefined {
  const url = parse(value.trim(), base);
  return url !== undefined && WEB_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

/** An image source: a web address, or an inline PNG/JPEG/GIF/WebP; anything else is undefined. */
export function safeImageUrl(value: string, base?: string): string | undefined {
  const trimmed = value.trim();
  if (/^data:/i.test(trimmed)) return SAFE_DATA_IMAGE.test(trimmed) ? trimmed : undefined;
  return safeWebUrl(trimmed, base);
}

/** True for the http(s) images the asset step should download (inline data images need no download). */
export function isWebUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}
