import { describe, expect, it } from 'vitest';
import { anchorQuote, anchorSpan, toCodePointOffset, toUtf16Offset } from '../../../shared/domain/anchor';

describe('anchoring quotes with W3C selectors', () => {
  it('counts positions in code points, so an emoji is one character', () => {
    const text = 'Crowd 🎉🎉 said 122 countries signed.';
    const match = anchorQuote(text, '122 countries');
    expect(match.found).toBe(true);
    if (!match.found) return;
    expect(match.anchor.position.start).toBe(Array.from('Crowd 🎉🎉 said ').length);
    expect(match.anchor.position.start).toBe(text.indexOf('122') - 2);
    expect(match.anchor.quote.exact).toBe('122 countries');
    expect(match.anchor.quote.prefix).toBe('Crowd 🎉🎉 said ');
    expect(match.anchor.quote.suffix).toBe(' signed.');
  });

  it('handles Bangla text, whose characters are single code points with combining marks', () => {
    const text = 'ঢাকায় বৃহস্পতিবার ১২২টি দেশ স্বাক্ষর করেছে।';
    const match = anchorQuote(text, '১২২টি দেশ');
    expect(match.found).toBe(true);
    if (!match.found) return;
    const chars = Array.from(text);
    expect(chars.slice(match.anchor.position.start, match.anchor.position.end).join('')).toBe('১২২টি দেশ');
  });

  it('keeps 32 code points of context on each side', () => {
    const text = `${'a'.repeat(50)}CLAIM${'b'.repeat(50)}`;
    const span = anchorSpan(text, 50, 55);
    expect(span.quote.prefix).toBe('a'.repeat(32));
    expect(span.quote.suffix).toBe('b'.repeat(32));
    expect(span.position).toEqual({ type: 'TextPositionSelector', start: 50, end: 55 });
  });

  it('converts offsets both ways across surrogate pairs', () => {
    const text = 'x😀y😀z';
    for (let cp = 0; cp <= Array.from(text).length; cp++) {
      expect(toCodePointOffset(text, toUtf16Offset(text, cp))).toBe(cp);
    }
  });

  it('reports a missing quote and a quote that appears twice', () => {
    expect(anchorQuote('the mines, the mines', 'the mines')).toEqual({ found: false, reason: 'ambiguous', occurrences: 2 });
    expect(anchorQuote('the mines', 'the missiles')).toEqual({ found: false, reason: 'not_found', occurrences: 0 });
  });
});
