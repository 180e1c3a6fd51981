import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../main/clipper/extract/extract-article.js';
import { sanitizeHtml } from '../../../../main/clipper/extract/sanitize-html.js';
import { findDangers } from './dangerous-markup.js';

const hostileHtml = readFileSync(new URL('../../../fixtures/hostile/xss-vectors.html', import.meta.url), 'utf8');
const PAGE_URL = 'http://127.0.0.1:8080/hostile/xss-vectors.html';

function rawBody(): string {
  return new JSDOM(hostileHtml, { virtualConsole: new VirtualConsole() }).window.document.body.innerHTML;
}

describe('a hostile page', () => {
  const extracted = extractArticle(hostileHtml, { url: PAGE_URL });

  it('carries at least 20 marked vectors, which the inspector does see in the raw page', () => {
    const vectors = new Set(hostileHtml.match(/<!-- V\d+/g));
    expect(vectors.size).toBeGreaterThanOrEqual(20);
    // The control: the same inspector that passes the stored HTML fails the raw page, many times over.
    expect(findDangers(rawBody()).length).toBeGreaterThanOrEqual(40);
  });

  it('leaves nothing dangerous in the article HTML', () => {
    expect(extracted.articleFound).toBe(true);
    expect(findDangers(extracted.articleHtml)).toEqual([]);
  });

  it('leaves nothing dangerous in the full-page HTML', () => {
    expect(findDangers(extracted.fullHtml)).toEqual([]);
  });

  it('leaves nothing dangerous when the page body is sanitized directly, without Readability', () => {
    expect(findDangers(sanitizeHtml(rawBody(), { baseUrl: PAGE_URL }))).toEqual([]);
  });

  it('keeps no string that would run as script or load from another host', () => {
    for (const html of [extracted.articleHtml, extracted.fullHtml]) {
      expect(html).not.toMatch(/<script|<iframe|<svg|<math|<object|<embed|<form|<base|<meta|<link|<style/i);
      expect(html).not.toMatch(/\son[a-z]+\s*=|srcdoc|srcset|formaction|xlink:href|style=/i);
      expect(html).not.toMatch(/javascript:|vbscript:|data:text/i);
      expect(html).not.toContain('evil.example');
    }
  });

  it('keeps the safe parts: the text, the http and mailto links, the inline PNG', () => {
    for (const [html, text] of [[extracted.articleHtml, extracted.articleText], [extracted.fullHtml, extracted.fullText]] as const) {
      expect(text).toContain('SAFE-TEXT-MARKER The city council approved the budget');
      expect(text).toContain('SAFE-END-MARKER Residents can read the full budget');
      const doc = new JSDOM(html).window.document;
      const link = Array.from(doc.querySelectorAll('a')).find((a) => a.textContent === 'SAFE-LINK-MARKER');
      expect(link?.getAttribute('href')).toBe('http://127.0.0.1:9/safe-link');
      expect(link?.hasAttribute('target')).toBe(false);
      expect(doc.querySelector('a[href="mailto:desk@example.org"]')).not.toBeNull();
      const png = doc.querySelector('img[alt="SAFE-PNG-MARKER"]');
      expect(png?.getAttribute('src')).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    }
  });

  it('lists only http images for capture, resolved against the page, never inline or script-bearing ones', () => {
    expect(extracted.imageUrls).toEqual(expect.arrayContaining([
      'http://127.0.0.1:9/photo.jpg',
      'http://127.0.0.1:9/picture.jpg',
      'http://127.0.0.1:9/clobber.png',
      // `<img src="x" onerror=…>` is harmless once the handler is gone: a relative image of the page.
      'http://127.0.0.1:8080/hostile/x',
    ]));
    for (const url of extracted.imageUrls) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:(?:9|8080)\//);
  });
});
