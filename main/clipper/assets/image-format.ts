/**
 * Recognises a captured image by its bytes, not by what the server claims, and reads its pixel size
 * from the header, so tracking pixels can be dropped and a file that is not an image (an HTML error
 * page, an SVG that could carry script) never lands in assets/. Only raster formats are accepted.
 */

export type ImageExt = 'png' | 'jpg' | 'gif' | 'webp' | 'avif';

export interface ImageSize {
  width: number;
  height: number;
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + length));
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The format the bytes really are, or undefined for anything that is not an accepted raster image. */
export function detectImageFormat(bytes: Uint8Array): ImageExt | undefined {
  if (bytes.length >= 8 && ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a')) return 'gif';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  if (bytes.length >= 12 && ascii(bytes, 4, 4) === 'ftyp' && ['avif', 'avis'].includes(ascii(bytes, 8, 4))) return 'avif';
  return undefined;
}

function pngSize(bytes: Uint8Array): ImageSize | undefined {
  if (bytes.length < 24 || ascii(bytes, 12, 4) !== 'IHDR') return undefined;
  const dv = view(bytes);
  return { width: dv.getUint32(16), height: dv.getUint32(20) };
}

function gifSize(bytes: Uint8Array): ImageSize | undefined {
  if (bytes.length < 10) return undefined;
  const dv = view(bytes);
  return { width: dv.getUint16(6, true), height: dv.getUint16(8, true) };
}

/** Walks JPEG segments to the first start-of-frame marker, which holds the size. */
function jpegSize(bytes: Uint8Array): ImageSize | undefined {
  const dv = view(bytes);
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    const length = dv.getUint16(at + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (at + 9 > bytes.length) return undefined;
      return { height: dv.getUint16(at + 5), width: dv.getUint16(at + 7) };
    }
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image or scan data before any frame
    at += 2 + length;
  }
  return undefined;
}

function webpSize(bytes: Uint8Array): ImageSize | undefined {
  const dv = view(bytes);
  const chunk = ascii(bytes, 12, 4);
  if (bytes.length < (chunk === 'VP8L' ? 25 : 30)) return undefined;
  if (chunk === 'VP8 ') {
    if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return undefined;
    return { width: dv.getUint16(26, true) & 0x3fff, height: dv.getUint16(28, true) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    if (bytes[20] !== 0x2f) return undefined;
    const bits = dv.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    const w = bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16);
    const h = bytes[27]! | (bytes[28]! << 8) | (bytes[29]! << 16);
    return { width: w + 1, height: h + 1 };
  }
  return undefined;
}

/** AVIF keeps the size in an `ispe` property box; it is required for every image item. */
function avifSize(bytes: Uint8Array): ImageSize | undefined {
  const limit = Math.min(bytes.length, 64 * 1024);
  for (let at = 4; at + 16 <= limit; at += 1) {
    if (bytes[at] === 0x69 && ascii(bytes, at, 4) === 'ispe') {
      const dv = view(bytes);
      return { width: dv.getUint32(at + 8), height: dv.getUint32(at + 12) };
    }
  }
  return undefined;
}

export function readImageSize(bytes: Uint8Array, format: ImageExt): ImageSize | undefined {
  const size =
    format === 'png' ? pngSize(bytes)
    : format === 'gif' ? gifSize(bytes)
    : format === 'jpg' ? jpegSize(bytes)
    : format === 'webp' ? webpSize(bytes)
    : avifSize(bytes);
  return size && size.width > 0 && size.height > 0 ? size : undefined;
}

/** 1×1 and 2×2 images are web bugs and spacers: they carry nothing a reader needs. */
export function isTrackingPixel(size: ImageSize): boolean {
  return size.width <= 2 && size.height <= 2;
}
