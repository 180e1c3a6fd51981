/**
 * Points a clip's images at the captured copies, so reading it never touches the web: each <img src>
 * found in `map` gets the local reference (e.g. `../assets/<sha256>.<ext>`); an image whose URL maps to
 * null (capture failed) or is not in the map at all (not captured, a tracking pixel) is removed. Inline
 * data: images, already vetted by the sanitizer, stay as they are.
 *
 * Why on the string, not a DOM: the input is always the sanitizer's own serialization (DOMPurify over
 * jsdom), which is canonical — lower-case tag names, every attribute value in double quotes with `"`
 * and `&` escaped, `<` escaped in text, no comments. A tokenizer for that shape is exact and ~40×
 * faster than parsing a 1 MB page into jsdom twice more (≈160 ms per clip). Every tag is consumed as a
 * whole, so an "<img" inside another element's attribute value is never mistaken for an image.
 */

/** A tag (with its attributes) or a comment; text between tokens is copied as it is. */
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>=`]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>=`]+)))?/g;

function decodeAttribute(value: string): string {
  return value.replace(/&(amp|quot|lt|gt|nbsp|#39);/g, (_, name: string) =>
    ({ amp: '&', quot: '"', lt: '<', gt: '>', nbsp: '\u00a0', '#39': "'" })[name] ?? '',
  );
}

function encodeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');
}

/** The same test as isTrackingPixel in image-urls.ts, on attribute values instead of an element. */
function isTinyValue(value: string | undefined): boolean {
  return value !== undefined && /^\s*[01](?:px)?\s*$/i.test(value);
}

function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeAttribute(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/** What becomes of one <img>: kept as it is, its src replaced, or removed. */
function rewriteImageTag(tag: string, attributeSource: string, map: ReadonlyMap<string, string | null>): string {
  const attributes = readAttributes(attributeSource);
  const src = attributes.get('src') ?? '';
  const tracking = isTinyValue(attributes.get('width')) || isTinyValue(attributes.get('height'));
  if (/^data:image\//i.test(src) && !tracking) return tag;
  const local = map.get(src);
  if (local === undefined || local === null) return '';
  const rebuilt = [...attributes].map(([name, value]) => ` ${name}="${encodeAttribute(name === 'src' ? local : value)}"`).join('');
  return `<img${rebuilt}>`;
}

export function rewriteImages(html: string, map: ReadonlyMap<string, string | null>): string {
  if (!/<img/i.test(html)) return html;
  return html.replace(TOKEN, (token, closing: string | undefined, name: string | undefined, attributes: string | undefined) =>
    closing === '' && name !== undefined && name.toLowerCase() === 'img' ? rewriteImageTag(token, attributes ?? '', map) : token,
  );
}
