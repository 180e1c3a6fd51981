import type { ImageExt } from './image-format';

/**
 * The image file types a notebook's assets/ folder holds, named once: the clipper writes
 * `<sha256>.<ext>` with an extension from image-format.ts (`jpeg` is still read, as older names may
 * carry it), the hosts serve them with these media types, the evidence bundle lists them, and the
 * backup stores them without deflating them again. Raster formats only: never SVG, which can carry script.
 */
export const IMAGE_MEDIA_TYPES = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
} as const satisfies Record<ImageExt | 'jpeg', string>;

export type StoredImageExt = keyof typeof IMAGE_MEDIA_TYPES;

/** Every extension above, as a regular-expression alternation (`png|jpg|…`), for patterns over file names. */
export const IMAGE_EXT_ALTERNATION = Object.keys(IMAGE_MEDIA_TYPES).join('|');

const IMAGE_FILE = new RegExp(`\\.(?:${IMAGE_EXT_ALTERNATION})$`);

/** The media type of an image extension (without the dot), or undefined for anything that is not one. */
export function imageMediaType(ext: string): string | undefined {
  return Object.hasOwn(IMAGE_MEDIA_TYPES, ext) ? IMAGE_MEDIA_TYPES[ext as StoredImageExt] : undefined;
}

/** True when a path names an image file by its extension (lower case, as the clipper writes it). */
export function isImageFileName(path: string): boolean {
  return IMAGE_FILE.test(path);
}
