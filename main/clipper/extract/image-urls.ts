import { isWebUrl } from './url-policy.js';

/**
 * The images a clip needs captured so it reads offline: absolute http(s) sources of <img> in the
 * sanitized HTML, in document order, without repeats. Tracking pixels (declared 1 pixel wide or high)
 * are skipped: they carry nothing to read and exist to report the reader to someone.
 */

export function isTrackingPixel(img: Element): boolean {
  const tiny = (value: string | null): boolean => value !== null && /^\s*[01](?:px)?\s*$/i.test(value);
  return tiny(img.getAttribute('width')) || tiny(img.getAttribute('height'));
}

/** Image URLs to capture from one or more sanitized trees, deduplicated across all of them. */
export function collectImageUrls(...roots: ParentNode[]): string[] {
  const urls = new Set<string>();
  for (const root of roots) {
    for (const img of Array.from(root.querySelectorAll('img'))) {
      const src = img.getAttribute('src');
      if (src !== null && isWebUrl(src) && !isTrackingPixel(img)) urls.add(src);
    }
  }
  return [...urls];
}
