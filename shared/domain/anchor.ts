import type { Anchor } from './entities';

/**
 * Anchoring a quote in a clip's plain text with W3C selectors. Positions count Unicode code points,
 * as the Web Annotation model says, not JavaScript's UTF-16 units: an emoji counts as one.
 */

/** How many characters of context the TextQuoteSelector keeps either side. */
export const CONTEXT_CHARS = 32;

/** Code-point offset of a UTF-16 offset in `text`. */
export function toCodePointOffset(text: string, utf16Offset: number): number {
  let count = 0;
  for (let i = 0; i < utf16Offset && i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count it once.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** UTF-16 offset of a code-point offset in `text`. */
export function toUtf16Offset(text: string, codePointOffset: number): number {
  let i = 0;
  for (let cp = 0; cp < codePointOffset && i < text.length; cp++) {
    const code = text.charCodeAt(i);
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}

/** Selectors for the span [start, end) given in UTF-16 offsets, with up to 32 code points of context. */
export function anchorSpan(text: string, start16: number, end16: number): Anchor {
  const start = toCodePointOffset(text, start16);
  const end = toCodePointOffset(text, end16);
  const chars = Array.from(text);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start16, end16),
      prefix: chars.slice(Math.max(0, start - CONTEXT_CHARS), start).join(''),
      suffix: chars.slice(end, end + CONTEXT_CHARS).join(''),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

export type QuoteMatch =
  | { found: true; anchor: Anchor }
  | { found: false; reason: 'not_found' | 'ambiguous'; occurrences: number };

/**
 * Anchor an exact quote typed by a reporter. A quote found more than once is ambiguous: the
 * reporter is asked to quote more words rather than have the app guess which one they meant.
 */
export function anchorQuote(text: string, quote: string): QuoteMatch {
  const exact = quote.trim();
  if (exact === '') return { found: false, reason: 'not_found', occurrences: 0 };
  const first = text.indexOf(exact);
  if (first < 0) return { found: false, reason: 'not_found', occurrences: 0 };
  let occurrences = 1;
  for (let at = text.indexOf(exact, first + 1); at >= 0; at = text.indexOf(exact, at + 1)) occurrences++;
  if (occurrences > 1) return { found: false, reason: 'ambiguous', occurrences };
  return { found: true, anchor: anchorSpan(text, first, first + exact.length) };
}
