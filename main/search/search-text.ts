/**
 * How text becomes search terms, shared by indexing, queries and snippets so the three agree on
 * what a "word" is: runs of letters, digits and combining marks in any script, compared
 * case-insensitively and without diacritics ("Élysée" matches "elysee").
 */

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** Combining marks, and the spaces NFKD puts inside a few letters (U+FDFA becomes four words). */
const MARKS = /[\p{M}\s]+/gu;

/** The comparable form of one word. */
export function normaliseWord(word: string): string {
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** A word as it sits in the text: its normalised form and its UTF-16 range. */
export interface WordSpan {
  term: string;
  start: number;
  end: number;
}

/** Every word of `text` with where it is, in order. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = normaliseWord(match[0]);
    if (term !== '') spans.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** The normalised words of `text`, in order (duplicates kept, so phrases can be checked). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = normaliseWord(match[0]);
    if (term !== '') out.push(term);
  }
  return out;
}

/** What the full-text index is given: the normalised words joined by spaces (its encoder only splits). */
export function indexableText(...parts: Array<string | undefined>): string {
  return parts
    .filter((part): part is string => part !== undefined && part !== '')
    .map((part) => terms(part).join(' '))
    .join(' ');
}

/** A UTF-16 offset in `text` as a code-point offset, as every offset in the API is counted. */
export function codePointOffset(text: string, utf16: number): number {
  let points = 0;
  for (let i = 0; i < utf16 && i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < utf16) i++;
    points++;
  }
  return points;
}
