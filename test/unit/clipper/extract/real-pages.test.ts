import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../main/clipper/extract/extract-article.js';
import { findDangers } from './dangerous-markup.js';

/** The five real news pages from mozilla/readability's test corpus (see test/fixtures/pages/NOTICE.md). */
const PAGES = [
  { name: 'bbc-1', sentence: 'Hours after the interview, a gunman opened fire at a cinema in the US state of Louisiana' },
  { name: 'folha', sentence: 'Na ocasião, Tite e outros representantes do Corinthians foram ao Instituto Lula para mostrar a taça original da Libertadores ao ex-presidente.' },
  { name: 'lemonde-1', sentence: 'Les députés ont, sans surprise, adopté à une large majorité (438 contre 86 et 42 abstentions)' },
  { name: 'nytimes-1', sentence: 'Sudan is one of the poorest, most isolated and most violent countries in Africa' },
  { name: 'wapo-1', sentence: 'It was the most deadly terrorist attack in the North African nation in more than a decade.' },
];

const FIELDS = ['title', 'byline', 'siteName', 'publishedTime', 'lang'] as const;

function fixture(name: string, file: string): string {
  return readFileSync(new URL(`../../../fixtures/pages/${name}/${file}`, import.meta.url), 'utf8');
}

describe.each(PAGES)('the real page $name', ({ name, sentence }) => {
  const expected = JSON.parse(fixture(name, 'expected-metadata.json')) as Record<string, string | null | undefined>;
  const extracted = extractArticle(fixture(name, 'source.html'), { url: `http://127.0.0.1:8080/${name}/` });

  it.each(FIELDS)('has the expected %s', (field) => {
    // null in the expected file means "none found"; a field absent from it (wapo-1's lang) is not checked there.
    if (!(field in expected)) return;
    expect(extracted[field]).toBe(expected[field] ?? undefined);
  });

  it('finds the article, with one of its sentences in the article text and the full-page text', () => {
    expect(extracted.articleFound).toBe(true);
    expect(extracted.articleText.replace(/\s+/g, ' ')).toContain(sentence);
    expect(extracted.fullText.replace(/\s+/g, ' ')).toContain(sentence);
  });

  it('keeps the whole article, so it raises no warning', () => {
    expect(extracted.mayBeIncomplete).toBe(false);
    expect(extracted.warnings).toEqual([]);
  });

  it('stores plain text as paragraphs separated by one blank line', () => {
    expect(extracted.articleText).not.toMatch(/\n{3,}|^\s|\s$/);
    expect(extracted.articleText.split('\n\n').length).toBeGreaterThan(5);
  });

  it('stores nothing dangerous and no image that is not a web address', () => {
    expect(findDangers(extracted.articleHtml)).toEqual([]);
    expect(findDangers(extracted.fullHtml)).toEqual([]);
    for (const url of extracted.imageUrls) expect(url).toMatch(/^https?:\/\//);
    expect(new Set(extracted.imageUrls).size).toBe(extracted.imageUrls.length);
  });
});

describe('metadata beyond the expected files', () => {
  it('reads the canonical URL from <link rel=canonical>', () => {
    const extracted = extractArticle(fixture('nytimes-1', 'source.html'), { url: 'http://127.0.0.1:8080/nytimes-1/' });
    expect(extracted.canonicalUrl).toBe('https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html');
  });
});
