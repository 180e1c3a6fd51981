import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../../main/clipper/extract/jsdom-window.js';
import { readJsonLdArticle } from '../../../../main/clipper/extract/json-ld.js';
import { readPageMetadata } from '../../../../main/clipper/extract/page-metadata.js';

function docWith(head: string, htmlAttrs = ''): Document {
  return parsePage(`<!DOCTYPE html><html ${htmlAttrs}><head>${head}</head><body><p>x</p></body></html>`, 'https://paper.example/a/b');
}

function ldScript(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}

describe('readJsonLdArticle', () => {
  it('finds a NewsArticle inside an array, with a string author and a nested publisher', () => {
    const doc = docWith(ldScript([{ '@type': 'BreadcrumbList' }, { '@type': 'NewsArticle', headline: ' Floods  close schools ', author: 'Sam Okafor', publisher: { name: 'Daily Item' }, datePublished: '2023-05-01' }]));
    expect(readJsonLdArticle(doc)).toEqual({ headline: 'Floods close schools', authors: ['Sam Okafor'], publisher: 'Daily Item', datePublished: '2023-05-01' });
  });

  it('skips blocks that are not JSON and finds the article in a later one, inside @graph', () => {
    const doc = docWith(`<script type="application/ld+json">{ not json</script>${ldScript({ '@graph': [{ '@type': 'Article', headline: 'Second block', mainEntityOfPage: { '@id': 'https://paper.example/second' } }] })}`);
    expect(readJsonLdArticle(doc)).toEqual({ headline: 'Second block', authors: [], url: 'https://paper.example/second' });
  });

  it('finds nothing on a page that describes no article', () => {
    expect(readJsonLdArticle(docWith(ldScript({ '@type': 'Organization', name: 'Paper' })))).toBeUndefined();
    expect(readJsonLdArticle(docWith(''))).toBeUndefined();
  });
});

describe('readPageMetadata', () => {
  it('falls back to og: and article: meta tags', () => {
    const doc = docWith(`<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site">
      <meta property="article:published_time" content="2022-02-02T10:00:00Z"><meta name="author" content="Rae Kim">
      <meta property="og:locale" content="pt_BR"><meta property="og:url" content="https://paper.example/og">`);
    expect(readPageMetadata(doc)).toMatchObject({
      title: 'OG title', siteName: 'OG Site', publishedTime: '2022-02-02T10:00:00Z', byline: 'Rae Kim', lang: 'pt-BR', canonicalUrl: 'https://paper.example/og',
    });
  });

  it('ignores an author meta that is a profile URL, and a canonical URL that is not a web address', () => {
    const doc = docWith(`<meta property="article:author" content="https://www.facebook.com/someone"><link rel="canonical" href="javascript:alert(1)">`);
    const metadata = readPageMetadata(doc);
    expect(metadata.byline).toBeUndefined();
    expect(metadata.canonicalUrl).toBeUndefined();
  });

  it('prefers <link rel=canonical>, resolved against the page, and reads <html lang> and dir', () => {
    const doc = docWith(`<link rel="canonical" href="/canon"><meta property="og:url" content="https://paper.example/og">`, 'lang="he" dir="RTL"');
    expect(readPageMetadata(doc)).toMatchObject({ canonicalUrl: 'https://paper.example/canon', lang: 'he', dir: 'rtl' });
  });
});
