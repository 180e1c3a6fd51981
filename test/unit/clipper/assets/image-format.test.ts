import { describe, expect, it } from 'vitest';
import { decodeDataImageUrl } from '../../../../main/clipper/assets/data-url';
import { detectImageFormat, isTrackingPixel, readImageSize } from '../../../../main/clipper/assets/image-format';
import { makeGif, makeJpegHeader, makePng, makeWebpHeader } from './tiny-images';

describe('detectImageFormat and readImageSize', () => {
  it.each([
    ['png', makePng(37, 21)],
    ['gif', makeGif(37, 21)],
    ['jpg', makeJpegHeader(37, 21)],
    ['webp', makeWebpHeader(37, 21)],
  ] as const)('reads a %s by its bytes and finds 37×21', (format, bytes) => {
    expect(detectImageFormat(bytes)).toBe(format);
    expect(readImageSize(bytes, format)).toEqual({ width: 37, height: 21 });
  });

  it('reads a large JPEG size after other segments', () => {
    expect(readImageSize(makeJpegHeader(4032, 3024), 'jpg')).toEqual({ width: 4032, height: 3024 });
  });

  it('reads the size of a lossy WebP and of an AVIF', () => {
    const vp8 = Buffer.alloc(30);
    vp8.write('RIFF', 0, 'latin1');
    vp8.write('WEBPVP8 ', 8, 'latin1');
    vp8.set([0x9d, 0x01, 0x2a], 23);
    vp8.writeUInt16LE(640, 26);
    vp8.writeUInt16LE(480, 28);
    expect(readImageSize(new Uint8Array(vp8), 'webp')).toEqual({ width: 640, height: 480 });

    const avif = Buffer.alloc(64);
    avif.writeUInt32BE(24, 0);
    avif.write('ftypavif', 4, 'latin1');
    avif.writeUInt32BE(20, 32);
    avif.write('ispe', 36, 'latin1');
    avif.writeUInt32BE(1200, 44);
    avif.writeUInt32BE(800, 48);
    expect(detectImageFormat(new Uint8Array(avif))).toBe('avif');
    expect(readImageSize(new Uint8Array(avif), 'avif')).toEqual({ width: 1200, height: 800 });
  });

  it('recognises nothing else: not SVG, not HTML, not a truncated header', () => {
    expect(detectImageFormat(new Uint8Array(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')))).toBeUndefined();
    expect(detectImageFormat(new Uint8Array(Buffer.from('<!doctype html><p>404</p>')))).toBeUndefined();
    expect(readImageSize(makePng(10, 10).subarray(0, 20), 'png')).toBeUndefined();
    expect(readImageSize(makeJpegHeader(10, 10).subarray(0, 30), 'jpg')).toBeUndefined();
  });

  it('calls 1×1 and 2×2 images tracking pixels, and nothing bigger', () => {
    expect(isTrackingPixel({ width: 1, height: 1 })).toBe(true);
    expect(isTrackingPixel({ width: 2, height: 2 })).toBe(true);
    expect(isTrackingPixel({ width: 3, height: 1 })).toBe(false);
    expect(isTrackingPixel({ width: 1, height: 40 })).toBe(false);
  });
});

describe('decodeDataImageUrl', () => {
  it('decodes base64 and percent-encoded image data', () => {
    const png = makePng(4, 4);
    const decoded = decodeDataImageUrl(`data:image/png;base64,${Buffer.from(png).toString('base64')}`);
    expect(decoded?.mime).toBe('image/png');
    expect(Buffer.from(decoded!.bytes).equals(Buffer.from(png))).toBe(true);
    const gif = makeGif(3, 3);
    const percent = [...gif].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
    expect(Buffer.from(decodeDataImageUrl(`data:image/gif,${percent}`)!.bytes).equals(Buffer.from(gif))).toBe(true);
  });

  it('refuses data: URLs that are not images or are malformed', () => {
    expect(decodeDataImageUrl('data:text/html;base64,PHNjcmlwdD4=')).toBeUndefined();
    expect(decodeDataImageUrl('data:image/png;base64,@@@')).toBeUndefined();
    expect(decodeDataImageUrl('https://example.org/a.png')).toBeUndefined();
  });
});
