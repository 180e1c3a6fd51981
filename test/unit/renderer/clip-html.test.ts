import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createClipHtmlRenderer, readerImageSrc, readerLinkHref } from '../../../renderer/reader/clip-html';

const render = createClipHtmlRenderer(new JSDOM('<!doctype html><html><body></body></html>').window as unknown as Window);
const HASH = 'a'.repeat(64);

function parse(html: string): Document {
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

describe('clip HTML in the reader', () => {
  it('shows captured images from notebook-assets/ and nothing from the network', () => {
    const out = parse(
      render(`<figure><img src="../assets/${HASH}.png" alt="The council chamber"><figcaption>Tuesday’s vote</figcaption></figure>` + '<p><img src="https://tracker.example/pixel.gif" alt="ad"><img src="http://127.0.0.1:9/x.png"></p>'),
    );
    const images = Array.from(out.querySelectorAll('img'));
    expect(images.map((img) => img.getAttribute('src'))).toEqual([`notebook-assets/${HASH}.png`]);
    expect(out.querySelector('figcaption')?.textContent).toBe('Tuesday’s vote');
    expect(out.body.textContent).toContain('[Image not captured: ad]');
    expect(out.body.textContent).toContain('[Image not captured]');
  });

  it('keeps only absolute http(s) and mailto links', () => {
    const out = parse(
      render('<p><a href="https://example.org/report?id=1">report</a> <a href="mailto:desk@example.org">mail</a> <a href="javascript:alert(1)">js</a> <a href="/relative">rel</a> <a href="data:text/html,hi">data</a></p>'),
    );
    expect(Array.from(out.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual(['https://example.org/report?id=1', 'mailto:desk@example.org', null, null, null]);
    // The words of a dropped link stay readable.
    expect(out.body.textContent).toContain('js rel data');
  });

  it('moves headings under the reader title and drops ids, classes and styles', () => {
    const out = parse(render('<h1 id="top" class="x" style="color:red">Budget</h1><h2>Votes</h2><h6>Small</h6><p name="location" onclick="alert(1)">Text</p>'));
    expect(Array.from(out.body.children).map((e) => e.tagName.toLowerCase())).toEqual(['h3', 'h4', 'h6', 'p']);
    expect(out.body.innerHTML).not.toMatch(/\b(id|class|style|name|onclick)=/);
  });

  it('keeps tables, figures and text structure', () => {
    const html = '<table><caption>Votes</caption><thead><tr><th scope="col">Member</th></tr></thead><tbody><tr><td colspan="2">Ada</td></tr></tbody></table><blockquote><p>Quote</p></blockquote><ul><li>One</li></ul>';
    const out = parse(render(html));
    expect(out.querySelector('caption')?.textContent).toBe('Votes');
    expect(out.querySelector('th')?.getAttribute('scope')).toBe('col');
    expect(out.querySelector('td')?.getAttribute('colspan')).toBe('2');
    expect(out.querySelector('blockquote p')?.textContent).toBe('Quote');
    expect(out.querySelector('ul li')?.textContent).toBe('One');
  });

  it('leaves nothing active from the hostile test page, even if it reached the reader unsanitized', () => {
    const hostile = readFileSync('test/fixtures/hostile/xss-vectors.html', 'utf8');
    const out = render(hostile);
    const doc = parse(out);
    expect(doc.querySelectorAll('script, style, iframe, frame, frameset, object, embed, form, input, button, link, meta, base, svg, math, template').length).toBe(0);
    for (const element of Array.from(doc.querySelectorAll('*'))) {
      for (const { name, value } of Array.from(element.attributes)) {
        expect(name.startsWith('on'), `${element.tagName} ${name}`).toBe(false);
        expect(['srcdoc', 'style', 'formaction', 'action', 'xlink:href'].includes(name), `${element.tagName} ${name}`).toBe(false);
        expect(value, `${element.tagName} ${name}`).not.toMatch(/^\s*(javascript|vbscript|data:text)/i);
      }
    }
    for (const img of Array.from(doc.querySelectorAll('img'))) expect(readerImageSrc(img.getAttribute('src') ?? '')).not.toBeNull();
    expect(doc.body.textContent).toContain('SAFE-TEXT-MARKER');
  });
});

describe('URL rules', () => {
  it('maps only content-addressed assets and safe inline images', () => {
    expect(readerImageSrc(`../assets/${HASH}.jpg`)).toBe(`notebook-assets/${HASH}.jpg`);
    expect(readerImageSrc(`../assets/../notebook.json`)).toBeNull();
    expect(readerImageSrc(`../assets/${HASH}.svg`)).toBeNull();
    expect(readerImageSrc('data:image/png;base64,iVBORw0KGgo=')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(readerImageSrc('data:image/svg+xml;base64,PHN2Zz4=')).toBeNull();
  });

  it('normalises links the way the browser would read them', () => {
    expect(readerLinkHref(' JaVaScRiPt:alert(1)')).toBeNull();
    expect(readerLinkHref('HTTPS://Example.org')).toBe('https://example.org/');
  });
});
