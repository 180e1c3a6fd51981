/**
 * Find in clip: where a typed phrase occurs in a clip's plain text. Offsets are code points, like the
 * claims' TextPositionSelector, so a match can be marked as a claim exactly where it was found.
 */

export interface FindMatch {
  /** Code-point offsets in the clip text. */
  start: number;
  end: number;
}

/** Past this many matches the reader stops drawing more: a one-letter search should not freeze the page. */
export const MAX_FIND_MATCHES = 1000;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Straight and curly quotes find each other: a reporter types ' where the article printed ’. */
const QUOTE_CLASSES: Record<string, string> = {
  "'": "['‘’ʼ]",
  '‘': "['‘’ʼ]",
  '’': "['‘’ʼ]",
  'ʼ': "['‘’ʼ]",
  '"': '["“”„]',
  '“': '["“”„]',
  '”': '["“”„]',
  '„': '["“”„]',
};

function wordPattern(word: string): string {
  return Array.from(word)
    .map((cp) => QUOTE_CLASSES[cp] ?? escapeRegExp(cp))
    .join('');
}

/**
 * Every place `query` occurs in `text`, in order and not overlapping. Case does not matter, and any
 * run of whitespace in the query matches any run in the text, so a phrase still matches where the
 * clip breaks a line the reader joins. Leading and trailing spaces of the query are ignored.
 */
export function findMatches(text: string, query: string, limit = MAX_FIND_MATCHES): FindMatch[] {
  const words = query.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0 || limit <= 0) return [];
  const pattern = new RegExp(words.map(wordPattern).join('\\s+'), 'giu');

  const matches: FindMatch[] = [];
  // Walk the text once, counting code points up to each match, instead of recounting from the start.
  let utf16 = 0;
  let codePoints = 0;
  const advanceTo = (target: number) => {
    while (utf16 < target) {
      // A surrogate pair is one code point, as Array.from and the W3C selectors count it.
      utf16 += (text.codePointAt(utf16) ?? 0) > 0xffff ? 2 : 1;
      codePoints += 1;
    }
    return codePoints;
  };
  for (const found of text.matchAll(pattern)) {
    const start = advanceTo(found.index);
    const end = advanceTo(found.index + found[0].length);
    matches.push({ start, end });
    if (matches.length >= limit) break;
  }
  return matches;
}
