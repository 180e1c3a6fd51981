import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../../main/clipper/extract/sanitize-html.js';

const BASE = 'https://news.example/world/story.html';

describe('sanitizeHtml really sanitizes', () => {
  it('changes a hostile snippet: the control that a pass-through sanitizer would fail', () => {
    const hostile = '<p>ok</p><img src=x onerror=alert(1)><script>alert(2)</script>';
    const out = sanitizeHtml(hostile);
    expect(out).not.toBe(hostile);
    expect(out).toBe('<p>ok</p>');
  });

  it('does not touch the global DOMPurify: its hooks live on our instance only', () => {
    sanitizeHtml('<a href="/x">x</a>', { baseUrl: BASE });
    const other = createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]);
    // Without our hook, a plain DOMPurify keeps a relative link as it is and adds no rel.
    expect(other.sanitize('<a href="/x">x</a>')).toBe('<a href="/x">x</a>');
  });
});

describe('sanitizeHtml links', () => {
  it('keeps http(s) and mailto links, resolved against the page, with rel="noopener noreferrer" and no target', () => {
    expect(sanitizeHtml('<a href="../more.html" target="_blank">more</a>', { baseUrl: BASE })).toBe(
      '<a href="https://news.example/more.html" rel="noopener noreferrer">more</a>',
    );
    expect(sanitizeHtml('<a href="mailto:desk@news.example">mail</a>')).toBe('<a href="mailto:desk@news.example" rel="noopener noreferrer">mail</a>');
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['&#106;avascript:alert(1)'],
    ['java&#x09;script:alert(1)'],
    [' \njavascript:alert(1)'],
    ['vbscript:msgbox(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['ftp://files.example/x'],
    ['tel:+15555550100'],
    ['file:///etc/passwd'],
  ])('takes the href off a link to %s but keeps its text', (href) => {
    expect(sanitizeHtml(`<a href="${href.replace(/"/g, '&quot;')}">text</a>`, { baseUrl: BASE })).toBe('<a rel="noopener noreferrer">text</a>');
  });
});

describe('sanitizeHtml images', () => {
  it('keeps web images (resolved) and inline PNG/JPEG/GIF/WebP, with only src, alt, width, height', () => {
    const out = sanitizeHtml('<img src="pic.jpg" alt="a" width="640px" height="480" class="c" id="i" loading="lazy" srcset="big.jpg 2x"><img src="data:image/webp;base64,UklGRg==" alt="w">', { baseUrl: BASE });
    expect(out).toBe('<img src="https://news.example/world/pic.jpg" alt="a" width="640" height="480"><img src="data:image/webp;base64,UklGRg==" alt="w">');
  });

  it('removes images whose source is SVG, HTML, script or missing', () => {
    const out = sanitizeHtml('<img src="data:image/svg+xml;base64,PHN2Zz4="><img src="data:text/html,hi"><img src="javascript:alert(1)"><img alt="none"><p>kept</p>');
    expect(out).toBe('<p>kept</p>');
  });

  it('drops <picture> and <source> but keeps the fallback <img>', () => {
    expect(sanitizeHtml('<picture><source srcset="a.webp"><img src="https://x.example/a.jpg" alt="a"></picture>')).toBe('<img src="https://x.example/a.jpg" alt="a">');
  });
});

describe('sanitizeHtml structure', () => {
  it('keeps text structure, tables and figures with their safe attributes only', () => {
    const html = '<article lang="fr" dir="rtl" style="color:red"><h2 id="h">T</h2><blockquote cite="https://src.example/q">Q</blockquote>'
      + '<table><caption>C</caption><thead><tr><th scope="col" colspan="2" onclick="x()">H</th></tr></thead><tbody><tr><td rowspan="2">1</td></tr></tbody></table>'
      + '<figure><figcaption>F</figcaption></figure><p><time datetime="2024-01-01">Jan</time> <abbr title="Full">F</abbr></p></article>';
    expect(sanitizeHtml(html)).toBe(
      '<article lang="fr" dir="rtl"><h2>T</h2><blockquote cite="https://src.example/q">Q</blockquote>'
      + '<table><caption>C</caption><thead><tr><th scope="col" colspan="2">H</th></tr></thead><tbody><tr><td rowspan="2">1</td></tr></tbody></table>'
      + '<figure><figcaption>F</figcaption></figure><p><time datetime="2024-01-01">Jan</time> <abbr title="Full">F</abbr></p></article>',
    );
  });

  it('drops the text of forms controls and scripts but keeps the text of unknown wrappers', () => {
    expect(sanitizeHtml('<form><label>Name <input value="v"></label><button>Send</button><select><option>o</option></select></form><font>plain</font><style>p{}</style>'))
      .toBe('Name plain');
  });

  it('unwraps nested unknown wrappers keeping their content in order, and drops svg and math whole', () => {
    expect(sanitizeHtml('<main><nav><div><custom-el>A<font>B</font></custom-el>C</div></nav></main><svg><text>S</text></svg><math><mi>M</mi></math><p>D</p>'))
      .toBe('<div>ABC</div><p>D</p>');
  });
});
