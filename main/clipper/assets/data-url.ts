/**
 * Images inlined as data: URLs are captured like downloaded ones (same checks, same content-addressed
 * file), so the stored HTML never keeps a data: URL and one inlined image is not stored twice.
 */

export interface DataUrlImage {
  mime: string;
  bytes: Uint8Array;
}

/** RFC 3986 percent-decoding to bytes: %XX is one byte, anything else is its UTF-8 encoding. */
function percentDecode(payload: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < payload.length; i += 1) {
    const hex = payload[i] === '%' ? payload.slice(i + 1, i + 3) : '';
    if (/^[0-9a-f]{2}$/i.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else {
      out.push(...Buffer.from(payload[i]!, 'utf8'));
    }
  }
  return new Uint8Array(out);
}

/** The bytes of a `data:image/...` URL, or undefined for any other or malformed data: URL. */
export function decodeDataImageUrl(url: string): DataUrlImage | undefined {
  const match = /^data:([^,]*?),(.*)$/is.exec(url);
  if (!match) return undefined;
  const params = match[1]!.split(';').map((p) => p.trim().toLowerCase());
  const mime = params[0] ?? '';
  if (!mime.startsWith('image/')) return undefined;
  const payload = match[2]!;
  try {
    if (params.includes('base64')) {
      const clean = decodeURIComponent(payload).replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(clean)) return undefined;
      return { mime, bytes: new Uint8Array(Buffer.from(clean, 'base64')) };
    }
    return { mime, bytes: percentDecode(payload) };
  } catch {
    return undefined;
  }
}

/** Size of the decoded bytes without decoding, to refuse an oversized data: URL cheaply. */
export function estimatedDataUrlBytes(url: string): number {
  const comma = url.indexOf(',');
  const payload = comma < 0 ? 0 : url.length - comma - 1;
  return /;base64,/i.test(url.slice(0, comma + 1)) ? Math.floor((payload * 3) / 4) : payload;
}
