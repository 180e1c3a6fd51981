import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { stripInertElements } from '../../../../main/clipper/extract/strip-inert.js';
import { newsPage } from '../../../bench/news-page.js';

/**
 * stripInertElements must remove exactly what the parser would have made <script> (not JSON-LD) and
 * <style> elements, and nothing else. So: parse the page as it is and remove those elements from the
 * tree; parse the stripped text and do the same; the two documents must be identical.
 */
function withoutInert(html: string): string {
  const doc = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
  // <template> content is a separate fragment the selector does not reach; the clipper drops templates anyway.
  for (const element of Array.from(doc.querySelectorAll('script:not([type="application/ld+json" i]), style, template'))) element.remove();
  return doc.documentElement.outerHTML;
}

function expectExact(html: string): string {
  const stripped = stripInertElements(html);
  expect(withoutInert(stripped)).toBe(withoutInert(html));
  return stripped;
}

const fixture = (path: string) => readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8');

describe('stripInertElements', () => {
  it.each(['bbc-1', 'folha', 'lemonde-1', 'nytimes-1', 'wapo-1'])('leaves the real page %s exactly as the parser sees it, minus scripts and styles', (name) => {
    const html = fixture(`pages/${name}/source.html`);
    const stripped = expectExact(html);
    expect(stripped.length).toBeLessThanOrEqual(html.length);
  });

  it('leaves the hostile page as the parser sees it', () => {
    expectExact(fixture('hostile/xss-vectors.html'));
  });

  it('removes most of the weight of a script-heavy news page', () => {
    const html = newsPage({ bytes: 1024 * 1024, images: 2, imageUrl: (k) => `https://img.example/${k}.png`, variant: 1 });
    const stripped = expectExact(html);
    expect(stripped.length).toBeLessThan(html.length / 2);
  });

  it('keeps the JSON-LD of a real page, which the metadata reads', () => {
    const html = fixture('pages/bbc-1/source.html');
    const count = (text: string) => text.match(/application\/ld\+json/gi)?.length ?? 0;
    expect(count(html)).toBeGreaterThan(0);
    expect(count(stripInertElements(html))).toBe(count(html));
  });

  it.each([
    ['a script start inside an attribute value', '<p title="<script>">kept</p><p>also kept</p><script>x()</script><p>end</p>'],
    ['a script inside a comment', '<!-- <script> --><p>kept</p><script>x()</script><p>end</p>'],
    ['script text inside a textarea and a title', '<title>a <script> b</title><textarea><script>no</script></textarea><p>kept</p>'],
    ['a script holding "<!--" (the parser\'s escape states)', '<script><!--<script>a</script>b</script><p>kept</p><script>c()</script><p>end</p>'],
    ['upper case and an end tag with space', '<SCRIPT type="text/javascript">a()</SCRIPT ><p>kept</p><Style>p{}</STYLE><p>end</p>'],
    ['a self-closing script, which HTML does not close', '<script src="x.js"/><p>inside the script</p></script><p>kept</p>'],
    ['a style inside SVG, which is foreign content', '<svg><style><p>breaks out</p></style></svg><p>kept</p>'],
    ['JSON-LD, kept for the metadata', '<script type="application/ld+json">{"@type":"NewsArticle"}</script><script>x()</script><p>kept</p>'],
    ['an unterminated script', '<p>kept</p><script>never ends'],
    ['an unterminated tag', '<p>kept</p><a href="x'],
    ['plaintext', '<plaintext><script>x</script>'],
    ['"</scripts" inside a script', '<script>var s = "</scripts>";</script><p>kept</p>'],
    ['a ">" inside a quoted attribute', '<div data-x="a>b"><script>x()</script>kept</div>'],
  ])('is exact for %s', (_name, html) => {
    expectExact(html);
  });

  it('returns the page unchanged when there is nothing to strip', () => {
    const html = '<p>Just <b>text</b></p>';
    expect(stripInertElements(html)).toBe(html);
  });

  it('reads a page of many unclosed tags in linear time (no backtracking)', () => {
    const html = `<p>${'<a b="1" c '.repeat(20_000)}`;
    const start = performance.now();
    stripInertElements(html);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
