import { describe, expect, it } from 'vitest';
import { imageMediaType, isImageFileName } from '../../../../main/clipper/assets/image-types';
import { ASSET_FILE_NAME } from '../../../../main/hosts/notebook-assets';

/** The one list of image types: what the hosts serve, the bundle lists and the backup stores as is. */
describe('image types', () => {
  it('gives every captured raster format its media type, jpeg included', () => {
    expect(['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif'].map(imageMediaType)).toEqual([
      'image/png',
      'image/jpeg',
      'image/jpeg',
      'image/gif',
      'image/webp',
      'image/avif',
    ]);
  });

  it('has no media type for SVG, HTML or a name inherited from Object', () => {
    expect(imageMediaType('svg')).toBeUndefined();
    expect(imageMediaType('html')).toBeUndefined();
    expect(imageMediaType('constructor')).toBeUndefined();
    expect(imageMediaType('toString')).toBeUndefined();
  });

  it('recognises image file names by their extension only', () => {
    expect(isImageFileName('assets/ab12.webp')).toBe(true);
    expect(isImageFileName('assets/ab12.jpeg')).toBe(true);
    expect(isImageFileName('bodies/ab12.html')).toBe(false);
    expect(isImageFileName('assets/ab12.svg')).toBe(false);
    expect(isImageFileName('assets/png')).toBe(false);
    expect(isImageFileName('notes.png.txt')).toBe(false);
  });

  it('are the names the hosts serve, and nothing else', () => {
    const hash = 'a'.repeat(64);
    for (const ext of ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif']) expect(ASSET_FILE_NAME.test(`${hash}.${ext}`)).toBe(true);
    expect(ASSET_FILE_NAME.test(`${hash}.svg`)).toBe(false);
    expect(ASSET_FILE_NAME.test(`${hash}.png/../x`)).toBe(false);
    expect(ASSET_FILE_NAME.test(`x${hash}.png`)).toBe(false);
  });
});
