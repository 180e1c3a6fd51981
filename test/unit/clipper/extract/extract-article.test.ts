import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/api/result.js';
import { extractArticle, NO_ARTICLE_WARNING } from '../../../../main/clipper/extract/extract-article.js';
import { page, prose } from './page-builder.js';

const URL_OF_PAGE = 'http://127.0.0.1:8080/news/story.html';

describe('extractArticle when there is no article', () => {
  const listPage = page(`<h1>Useful links</h1><ul><li><a href="/a">Alpha</a></li><li><a href="/b">Beta</a></li><li><a href="https://example.org/c">Gamma</a></li></ul>`);
  const extracted = extractArticle(listPage, { url: URL_OF_PAGE });

  it('keeps the whole sanitized page as the article and says so in plain words', () => {
    expect(extracted.articleFound).toBe(false);
    expect(extracted.warnings).toEqual([NO_ARTICLE_WARNING]);
    expect(NO_ARTICLE_WARNING).toMatch(/No article was found.*whole page was kept/);
    expect(extracted.articleHtml).toBe(extracted.fullHtml);
    expect(extracted.articleText).toBe('Useful links\n\nAlpha\n\nBeta\n\nGamma');
    expect(extracted.mayBeIncomplete).toBe(false);
  });

  it('resolves relative links against the page URL', () => {
    expect(extracted.fullHtml).toContain('href="http://127.0.0.1:8080/a"');
    expect(extracted.fullHtml).toContain('href="https://example.org/c"');
  });

  it('falls back to a title from the page', () => {
    expect(extracted.title).toBe('Test page');
  });
});

describe('extractArticle on an empty document', () => {
  it('refuses it with a message naming the cause, rather than storing an empty clip', () => {
    for (const html of ['', page(''), page('<script>var x = 1;</script><style>p{}</style>')]) {
      let error: unknown;
      try {
        extractArticle(html, { url: URL_OF_PAGE });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('invalid_input');
      expect((error as AppError).message).toMatch(/no text to clip/);
    }
  });
});

describe('extractArticle when Readability leaves paragraphs out', () => {
  // Readability discards blocks whose class looks like a sidebar, even when they hold the story's text.
  const story = [1, 2, 3].map((i) => `<p>${prose(`Story paragraph ${i}`)}</p>`).join('');
  const dropped = [1, 2, 3, 4, 5, 6].map((i) => `<div class="sidebar"><p>${prose(`Dropped paragraph ${i}`)}</p></div>`).join('');
  const extracted = extractArticle(page(`<article><h1>Budget</h1>${story}${dropped}</article>`), { url: URL_OF_PAGE });

  it('warns that the article may be incomplete, with the counts, and says what to do', () => {
    expect(extracted.articleFound).toBe(true);
    expect(extracted.articleText).toContain('Story paragraph 1');
    expect(extracted.articleText).not.toContain('Dropped paragraph 1');
    expect(extracted.mayBeIncomplete).toBe(true);
    expect(extracted.warnings).toEqual([
      'The extracted article may be missing parts of the page (3 of 9 paragraphs). Switch to Full page to check.',
    ]);
  });

  it('keeps every paragraph in the full page', () => {
    for (let i = 1; i <= 6; i++) expect(extracted.fullText).toContain(`Dropped paragraph ${i}`);
  });
});

describe('extractArticle on a complete article', () => {
  const body = `<nav><p>${prose('Navigation teaser')}</p></nav><article><h1>Budget passes</h1>${[1, 2, 3, 4, 5, 6]
    .map((i) => `<p>${prose(`Paragraph ${i}`)}</p>`)
    .join('')}</article><footer><p>${prose('Footer text')}</p></footer>`;
  const extracted = extractArticle(page(body), { url: URL_OF_PAGE });

  it('raises no warning: navigation and footer text do not count against the article', () => {
    expect(extracted.articleFound).toBe(true);
    expect(extracted.mayBeIncomplete).toBe(false);
    expect(extracted.warnings).toEqual([]);
  });
});

describe('extractArticle metadata fallbacks', () => {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Not the article' },
      {
        '@type': ['ReportageNewsArticle'],
        headline: 'Bridge reopens after repairs',
        author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { '@type': 'Person', name: 'Li Wei' }],
        publisher: { '@type': 'Organization', name: 'The Valley Courier' },
        datePublished: '2024-11-20T08:00:00Z',
        inLanguage: 'es',
      },
    ],
  };
  // No <title>, no og: tags and no byline in the page, so Readability has none of these and ours fill in.
  const head = `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
    <meta property="og:locale" content="es_ES"><link rel="canonical" href="/bridge-reopens"><meta property="og:description" content="The bridge is open.">`;
  const body = `<article>${[1, 2, 3, 4].map((i) => `<p>${prose(`Bridge paragraph ${i}`)}</p>`).join('')}</article>`;
  const extracted = extractArticle(page(body, head), { url: 'https://courier.example/news/today' });

  it('fills title, byline, site name and date from a JSON-LD @graph', () => {
    expect(extracted.title).toBe('Bridge reopens after repairs');
    expect(extracted.byline).toBe('Ana Ruiz, Li Wei');
    expect(extracted.siteName).toBe('The Valley Courier');
    expect(extracted.publishedTime).toBe('2024-11-20T08:00:00Z');
  });

  it('takes the language from JSON-LD when <html> has no lang, and resolves the canonical URL', () => {
    expect(extracted.lang).toBe('es');
    expect(extracted.canonicalUrl).toBe('https://courier.example/bridge-reopens');
  });

  it('prefers <html lang> and reads the text direction from <html dir>', () => {
    const rtl = extractArticle(
      `<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>خبر</title></head><body><article>${[1, 2, 3].map((i) => `<p>${prose(`P${i}`)}</p>`).join('')}</article></body></html>`,
      { url: URL_OF_PAGE },
    );
    expect(rtl.lang).toBe('ar');
    expect(rtl.dir).toBe('rtl');
  });
});

describe('extractArticle without a URL (pasted HTML)', () => {
  it('keeps absolute links, drops relative ones it cannot resolve, and lists no relative images', () => {
    const html = page(`<article>${[1, 2, 3].map((i) => `<p>${prose(`Pasted ${i}`)}</p>`).join('')}<p><a href="/relative">rel</a> <a href="https://example.org/x">abs</a><img src="/pic.png" alt="p"><img src="https://example.org/pic.png" alt="q"></p></article>`);
    const extracted = extractArticle(html, {});
    expect(extracted.fullHtml).toContain('href="https://example.org/x"');
    expect(extracted.fullHtml).not.toContain('/relative');
    expect(extracted.imageUrls).toEqual(['https://example.org/pic.png']);
  });
});

describe('extractArticle image list', () => {
  it('skips tracking pixels and repeats, in document order', () => {
    const body = `<article>${[1, 2, 3].map((i) => `<p>${prose(`Img ${i}`)}</p>`).join('')}
      <figure><img src="b.jpg" alt="b"><figcaption>B</figcaption></figure><img src="a.jpg" alt="a"><img src="b.jpg" alt="b again">
      <img src="https://tracker.example/p.gif" width="1" height="1"><img src="https://tracker.example/q.gif" width="1px"></article>`;
    const extracted = extractArticle(page(body), { url: URL_OF_PAGE });
    expect(extracted.imageUrls).toEqual(['http://127.0.0.1:8080/news/b.jpg', 'http://127.0.0.1:8080/news/a.jpg']);
  });
});
