import { describe, expect, it } from 'vitest';
import { rewriteImages } from '../../../../main/clipper/extract/rewrite-images.js';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

describe('rewriteImages', () => {
  const html = `<p>Before</p><figure><img src="https://cdn.example/a.jpg" alt="A"><figcaption>A caption</figcaption></figure>`
    + `<p><img src="https://cdn.example/failed.png" alt="F"><img src="https://cdn.example/unknown.gif" alt="U"><img src="${PNG}" alt="inline"></p>`
    + `<img src="https://tracker.example/p.gif" width="1" height="1">`;
  const map = new Map<string, string | null>([
    ['https://cdn.example/a.jpg', '../assets/aaaa.jpg'],
    ['https://cdn.example/failed.png', null],
  ]);
  const out = rewriteImages(html, map);

  it('points captured images at their local copies', () => {
    expect(out).toContain('<img src="../assets/aaaa.jpg" alt="A">');
    expect(out).toContain('<figcaption>A caption</figcaption>');
  });

  it('removes images that failed, were not captured, or are tracking pixels, so nothing points at the web', () => {
    expect(out).not.toMatch(/https?:/);
    expect(out).not.toContain('alt="F"');
    expect(out).not.toContain('alt="U"');
  });

  it('keeps inline PNG images and the text around them', () => {
    expect(out).toContain(`<img src="${PNG}" alt="inline">`);
    expect(out.startsWith('<p>Before</p>')).toBe(true);
  });

  it('leaves HTML without images unchanged', () => {
    expect(rewriteImages('<p>Just <a href="https://x.example/" rel="noopener noreferrer">text</a></p>', new Map())).toBe(
      '<p>Just <a href="https://x.example/" rel="noopener noreferrer">text</a></p>',
    );
  });
});
