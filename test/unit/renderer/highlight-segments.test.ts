import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ClaimInClip, ResolvedAnchor } from '../../../shared/api/views';
import type { Status } from '../../../shared/domain/status';
import { anchorSpan } from '../../../shared/domain/anchor';
import { ClaimsOffText } from '../../../renderer/reader/claims-off-text';
import { HighlightedParagraph } from '../../../renderer/reader/highlighted-paragraph';
import { claimSpans, paragraphSegments, type HighlightSpan } from '../../../renderer/reader/highlight-segments';
import { splitParagraphs } from '../../../renderer/reader/paragraphs';
import { claimRecord } from '../../support/make-records';

function span(id: string, start: number, end: number, status: Status = 'unverified'): HighlightSpan {
  return { id, kind: 'claim', status, start, end, approximate: false };
}

/** A claim in `text` over `words`, re-anchored as the API reports it. */
function claimIn(text: string, words: string, state: ResolvedAnchor['state'], status: Status = 'unverified'): ClaimInClip {
  const at = text.indexOf(words);
  const anchor = anchorSpan(text, Math.max(0, at), Math.max(0, at) + words.length);
  if (at < 0) anchor.quote.exact = words;
  const claim = { ...claimRecord('01J0000000000000000000CLIP', words), anchor, status };
  const resolved: ResolvedAnchor = state === 'orphaned' ? { state } : { state, start: anchor.position.start, end: anchor.position.end };
  return { ...claim, resolved };
}

describe('paragraphSegments', () => {
  it('leaves a paragraph without claims as one plain run', () => {
    const [p] = splitParagraphs('Nothing marked here.');
    expect(paragraphSegments(p!, [])).toEqual([{ text: 'Nothing marked here.', spans: [], starts: [] }]);
  });

  it('cuts overlapping claims into runs that each know every claim over them, the narrowest on top', () => {
    const text = 'On December 3-4, 1997, 122 countries signed the Ottawa Convention.';
    const [p] = splitParagraphs(text);
    const wide = span('wide', text.indexOf('122'), text.indexOf('.', 30), 'verified');
    const narrow = span('narrow', text.indexOf('signed'), text.indexOf(' Convention'), 'false');
    const segments = paragraphSegments(p!, [wide, narrow]);
    expect(segments.map((s) => s.text)).toEqual(['On December 3-4, 1997, ', '122 countries ', 'signed the Ottawa', ' Convention', '.']);
    expect(segments.map((s) => s.spans.map((x) => x.id))).toEqual([[], ['wide'], ['narrow', 'wide'], ['wide'], []]);
    expect(segments.map((s) => s.starts.map((x) => x.id))).toEqual([[], ['wide'], ['narrow'], [], []]);
  });

  it('splits a claim that runs across paragraphs, starting it (with its marker) only once', () => {
    const text = 'First paragraph ends here.\n\nSecond starts here.';
    const paragraphs = splitParagraphs(text);
    const across = span('across', text.indexOf('ends'), text.indexOf(' here.', 30));
    const first = paragraphSegments(paragraphs[0]!, [across]);
    const second = paragraphSegments(paragraphs[1]!, [across]);
    expect(first.map((s) => [s.text, s.starts.length])).toEqual([['First paragraph ', 0], ['ends here.', 1]]);
    expect(second.map((s) => [s.text, s.starts.length])).toEqual([['Second starts', 0], [' here.', 0]]);
  });

  it('counts code points, so an emoji before a claim does not shift its highlight', () => {
    const text = '🙂🙂 Then 122 countries signed.';
    const [p] = splitParagraphs(text);
    const start = Array.from(text).indexOf('1');
    const segments = paragraphSegments(p!, [span('c', start, start + '122 countries'.length)]);
    expect(segments.find((s) => s.spans.length > 0)?.text).toBe('122 countries');
  });

  it('highlights a claim across a hard-wrapped line over the shown space', () => {
    const text = 'The mines stay active from 4 hours\nto 2 weeks, the official said.\n\nNext.';
    const [p] = splitParagraphs(text);
    const c = span('c', text.indexOf('4 hours'), text.indexOf(', the'));
    expect(paragraphSegments(p!, [c]).find((s) => s.spans.length)?.text).toBe('4 hours to 2 weeks');
  });
});

describe('claimSpans', () => {
  const text = 'The embassy closed on Wednesday. Italy and Greece followed.';

  it('draws anchored, moved and fuzzy claims, flags the fuzzy one, and leaves orphans to their own list', () => {
    const claims = [
      claimIn(text, 'The embassy closed', 'anchored'),
      claimIn(text, 'on Wednesday', 'moved'),
      claimIn(text, 'Italy and Greece', 'fuzzy'),
      claimIn(text, 'words that are gone', 'orphaned'),
    ];
    const spans = claimSpans(claims);
    expect(spans.map((s) => [s.id, s.approximate])).toEqual([
      [claims[0]!.id, false],
      [claims[1]!.id, false],
      [claims[2]!.id, true],
    ]);
  });
});

describe('reader claim rendering', () => {
  const text = 'The embassy closed on Wednesday. Italy and Greece followed.';

  it('lists an orphaned claim above the text with its quote and status word, never dropping it', () => {
    const orphan = claimIn(text, 'The embassy in Kyiv reopened', 'orphaned', 'in_progress');
    const html = renderToStaticMarkup(createElement(ClaimsOffText, { claims: [orphan, claimIn(text, 'Italy', 'anchored')], onOpenClaim: () => {} }));
    expect(html).toContain('A claim no longer found in this text');
    expect(html).toContain('The embassy in Kyiv reopened');
    expect(html).toContain('In progress');
    expect(html).toContain('aria-label="Open claim: The embassy in Kyiv reopened"');
    expect(html).not.toContain('>Italy<');
  });

  it('notes fuzzy claims as found only approximately', () => {
    const html = renderToStaticMarkup(createElement(ClaimsOffText, { claims: [claimIn(text, 'Italy and Greece', 'fuzzy')], onOpenClaim: () => {} }));
    expect(html).toContain('A claim found only approximately');
    expect(html).toContain('Italy and Greece');
  });

  it('renders nothing above the text when every claim is found where it was', () => {
    expect(renderToStaticMarkup(createElement(ClaimsOffText, { claims: [claimIn(text, 'Italy', 'anchored')], onOpenClaim: () => {} }))).toBe('');
  });

  it('marks a claim with its status in words for screen readers and an underline style per status', () => {
    const claim = claimIn(text, 'Italy and Greece', 'anchored', 'misleading');
    const [p] = splitParagraphs(text);
    const html = renderToStaticMarkup(
      createElement(HighlightedParagraph, {
        paragraph: p!,
        index: 0,
        segments: paragraphSegments(p!, claimSpans([claim])),
        selectedClaimId: null,
        quotes: new Map([[claim.id, 'Italy and Greece']]),
        onOpenClaim: () => {},
      }),
    );
    expect(html).toMatch(/<button[^>]*data-ui=""[^>]*aria-label="Misleading claim: Italy and Greece. Open it"/);
    expect(html).toContain('<mark class="hl hl-misleading"');
    expect(html).toContain('>Italy and Greece</mark>');
  });
});
