import { createHash } from 'node:crypto';
import type { CapturedAsset, ClipProgress } from '../clipper-types';
import { ClipCancelledError } from '../fetch/fetch-errors';
import { GENERIC_TYPES, parseContentType } from '../fetch/content-type';
import { httpGet } from '../fetch/http-get';
import { decodeDataImageUrl, estimatedDataUrlBytes } from './data-url';
import { detectImageFormat, isTrackingPixel, readImageSize, type ImageExt } from './image-format';

/**
 * Downloads a clip's images at clip time so the clip reads offline, with caps on count, size each and
 * total size. Each image is checked by its bytes (raster formats only: an SVG can carry script),
 * tracking pixels are dropped, and identical images are stored once under the SHA-256 of their bytes.
 * A single image failing never fails the clip: its URL maps to null, and the extractor removes it from
 * the stored HTML rather than leave it pointing at the web. Only cancelling stops the whole capture.
 */

export const IMAGE_CAPTURE_LIMITS = {
  maxCount: 50,
  maxBytesEach: 5 * 1024 * 1024,
  maxTotalBytes: 30 * 1024 * 1024,
  timeoutMs: 10_000,
  concurrency: 4,
} as const;

export interface CaptureImagesOptions {
  /** The clipped page: relative image URLs resolve against it, and it is sent as the referrer. */
  pageUrl: string;
  maxCount?: number;
  maxBytesEach?: number;
  maxTotalBytes?: number;
  /** Per image. */
  timeoutMs?: number;
  concurrency?: number;
  signal?: AbortSignal;
  onProgress?: (progress: ClipProgress) => void;
}

export interface CapturedImages {
  /** One per distinct image (by content). */
  assets: CapturedAsset[];
  /** Every input URL -> `../assets/<sha256>.<ext>` (relative to clips/), or null when not captured. */
  map: Map<string, string | null>;
}

/** How stored clip HTML (in clips/) refers to a captured image. */
export function assetHref(sha256: string, ext: string): string {
  return `../assets/${sha256}.${ext}`;
}

interface LoadedImage {
  bytes: Uint8Array;
  ext: ImageExt;
  sha256: string;
}

/** What browsers send by default (strict-origin-when-cross-origin), so sites that check it serve the image. */
function referrerFor(page: URL | undefined, image: URL): string | undefined {
  if (!page) return undefined;
  if (page.protocol === 'https:' && image.protocol === 'http:') return undefined;
  return page.origin === image.origin ? page.href : `${page.origin}/`;
}

function parseHttpUrl(raw: string, base: URL | undefined): URL | undefined {
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function checkImage(bytes: Uint8Array, maxBytesEach: number): LoadedImage | undefined {
  if (bytes.length === 0 || bytes.length > maxBytesEach) return undefined;
  const ext = detectImageFormat(bytes);
  if (!ext) return undefined;
  const size = readImageSize(bytes, ext);
  if (!size || isTrackingPixel(size)) return undefined;
  return { bytes, ext, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export async function captureImages(urls: string[], options: CaptureImagesOptions): Promise<CapturedImages> {
  const maxCount = options.maxCount ?? IMAGE_CAPTURE_LIMITS.maxCount;
  const maxBytesEach = options.maxBytesEach ?? IMAGE_CAPTURE_LIMITS.maxBytesEach;
  const maxTotalBytes = options.maxTotalBytes ?? IMAGE_CAPTURE_LIMITS.maxTotalBytes;
  const timeoutMs = options.timeoutMs ?? IMAGE_CAPTURE_LIMITS.timeoutMs;
  const concurrency = Math.max(1, options.concurrency ?? IMAGE_CAPTURE_LIMITS.concurrency);
  const page = parseHttpUrl(options.pageUrl, undefined);
  const { signal } = options;

  const map = new Map<string, string | null>();
  const unique = [...new Set(urls)];
  const candidates = unique.slice(0, maxCount);
  for (const url of unique.slice(maxCount)) map.set(url, null);

  const load = async (raw: string): Promise<LoadedImage | undefined> => {
    if (/^data:/i.test(raw)) {
      if (estimatedDataUrlBytes(raw) > maxBytesEach + 4) return undefined;
      const data = decodeDataImageUrl(raw);
      return data ? checkImage(data.bytes, maxBytesEach) : undefined;
    }
    const url = parseHttpUrl(raw, page);
    if (!url) return undefined;
    const referrer = referrerFor(page, url);
    const response = await httpGet(url, {
      timeoutMs,
      stallTimeoutMs: timeoutMs,
      maxBytes: maxBytesEach,
      maxRedirects: 5,
      signal,
      headers: {
        Accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.1',
        ...(referrer ? { Referer: referrer } : {}),
      },
      onHeaders: ({ headers }) => {
        const { mime } = parseContentType(headers['content-type']);
        if (mime && !GENERIC_TYPES.has(mime) && (!mime.startsWith('image/') || mime.includes('svg'))) {
          throw new Error(`not an accepted image type: ${mime}`);
        }
      },
    });
    return checkImage(response.bytes, maxBytesEach);
  };

  const results: (LoadedImage | undefined)[] = new Array(candidates.length);
  const seen = new Set<string>();
  let capturedBytes = 0;
  let done = 0;
  let next = 0;
  options.onProgress?.({ stage: 'images', done, total: candidates.length });
  const worker = async () => {
    while (next < candidates.length) {
      const index = next++;
      if (signal?.aborted) throw new ClipCancelledError();
      // Once the total cap is reached no later image can fit: do not download it at all.
      if (capturedBytes < maxTotalBytes) {
        try {
          const image = await load(candidates[index]!);
          results[index] = image;
          if (image && !seen.has(image.sha256)) {
            seen.add(image.sha256);
            capturedBytes += image.bytes.length;
          }
        } catch (error) {
          if (error instanceof ClipCancelledError || signal?.aborted) throw new ClipCancelledError();
          results[index] = undefined;
        }
      }
      done += 1;
      options.onProgress?.({ stage: 'images', done, total: candidates.length });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, candidates.length) }, worker));

  // The total cap is applied in document order, so which images are kept does not depend on timing.
  const assets: CapturedAsset[] = [];
  const kept = new Set<string>();
  let total = 0;
  candidates.forEach((url, index) => {
    const image = results[index];
    if (!image) return map.set(url, null);
    if (!kept.has(image.sha256)) {
      if (total + image.bytes.length > maxTotalBytes) return map.set(url, null);
      total += image.bytes.length;
      kept.add(image.sha256);
      assets.push({ originalUrl: url, sha256: image.sha256, ext: image.ext, bytes: image.bytes });
    }
    map.set(url, assetHref(image.sha256, image.ext));
  });
  return { assets, map };
}
