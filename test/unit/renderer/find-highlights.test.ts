import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { findMatches } from '../../../renderer/reader/find-matches';
import { HighlightedParagraph } from '../../../renderer/reader/highlighted-paragraph';
import { paragraphSegments, type HighlightSpan } from '../../../renderer/reader/highlight-segments';
import { splitParagraphs } from '../../../renderer/reader/paragraphs';

const TEXT = 'The embassy closed. Later the embassy reopened.';

function render(spans: HighlightSpan[]) {
  const [p] = splitParagraphs(TEXT);
  return renderToStaticMarkup(
    createElement(HighlightedParagraph, { paragraph: p!, index: 0, segments: paragraphSegments(p!, spans), selectedClaimId: null, quotes: new Map(), onOpenClaim: () => {} }),
  );
}

const findSpans = (query: string, current: number): HighlightSpan[] =>
  findMatches(TEXT, query).map((m, i) => ({ id: `find-${i}`, kind: 'find', status: 'unverified', start: m.start, end: m.end, approximate: false, current: i === current }));

describe('find matches in the reader', () => {
  it('draws every match as a mark and emphasises only the current one, leaving the text unchanged', () => {
    const html = render(findSpans('the embassy', 1));
    expect(html).toContain('<mark class="find-match" data-find-match="find-0">The embassy</mark>');
    expect(html).toContain('<mark class="find-match find-current" data-find-match="find-1">the embassy</mark>');
    expect(html.replace(/<[^>]+>/g, '')).toBe(TEXT);
  });

  it('nests a match inside a claim it overlaps, so both show and the claim keeps its words', () => {
    const claim: HighlightSpan = { id: 'c1', kind: 'claim', status: 'verified', start: 0, end: 19, approximate: false };
    const html = render([claim, ...findSpans('embassy', 0)]);
    expect(html).toMatch(/<mark class="hl hl-verified"[^>]*><mark class="find-match find-current" data-find-match="find-0">embassy<\/mark><\/mark>/);
    expect(html).toContain('<mark class="find-match" data-find-match="find-1">embassy</mark> reopened.');
  });
});
