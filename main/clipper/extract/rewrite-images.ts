import { sharedJsdomWindow } from './jsdom-window.js';
import { isTrackingPixel } from './image-urls.js';

/**
 * Points a clip's images at the captured copies, so reading it never touches the web: each <img src>
 * found in `map` gets the local reference (e.g. `../assets/<sha256>.<ext>`); an image whose URL maps to
 * null (capture failed) or is not in the map at all (not captured, a tracking pixel) is removed. Inline
 * data: images, already vetted by the sanitizer, stay as they are. Input must be sanitized HTML.
 */
export function rewriteImages(html: string, map: ReadonlyMap<string, string | null>): string {
  const template = sharedJsdomWindow().document.createElement('template');
  template.innerHTML = html;
  for (const img of Array.from(template.content.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    if (/^data:image\//i.test(src) && !isTrackingPixel(img)) continue;
    const local = map.get(src);
    if (local === undefined || local === null) img.remove();
    else img.setAttribute('src', local);
  }
  return template.innerHTML;
}
