import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../main/clipper/extract/extract-article.js';
import { collectImageUrls, isTrackingPixel } from '../../../../main/clipper/extract/image-urls.js';
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

/**
 * rewriteImages works on the sanitizer's serialization as a string. The reference below does the same
 * job on a parsed DOM; on real and hostile pages both must give the same tree, or the string version
 * has misread the markup (an image left pointing at the web, or text lost).
 */
describe('rewriteImages on real sanitized pages agrees with a DOM rewrite', () => {
  function domRewrite(html: string, map: ReadonlyMap<string, string | null>): string {
    const template = new JSDOM('').window.document.createElement('template');
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
  const normalise = (html: string) => {
    const template = new JSDOM('').window.document.createElement('template');
    template.innerHTML = html;
    return template.innerHTML;
  };
  const fixture = (path: string) => readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8');
  const pages: Array<[string, string]> = [
    ['hostile', fixture('hostile/xss-vectors.html')],
    ...['bbc-1', 'folha', 'lemonde-1', 'nytimes-1', 'wapo-1'].map((name): [string, string] => [name, fixture(`pages/${name}/source.html`)]),
    ['attribute trap', '<p title="<img src=&quot;https://evil.example/x.png&quot;>">t</p><img src="https://cdn.example/a.png?x=1&amp;y=&quot;2&quot;" alt="a > b"><p>&lt;img src="https://evil.example/y.png"&gt;</p>'],
  ];

  it.each(pages)('%s', (_name, page) => {
    const extracted = extractArticle(page, { url: 'https://news.example/story' });
    for (const html of [extracted.articleHtml, extracted.fullHtml]) {
      const urls = [...collectImageUrls(new JSDOM(html).window.document.body), 'https://cdn.example/a.png?x=1&y="2"'];
      // Every other image captured, the rest failed: both branches are exercised.
      const map = new Map<string, string | null>(urls.map((url, i) => [url, i % 2 === 0 ? `../assets/${String(i).padStart(64, '0')}.png` : null]));
      const rewritten = rewriteImages(html, map);
      expect(normalise(rewritten)).toBe(domRewrite(html, map));
      expect(rewritten).not.toMatch(/<img[^>]+src="https?:/i);
    }
  });
});
