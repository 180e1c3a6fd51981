import type { SearchSnippet } from '../../shared/api/search-views';
import { codePointOffset, wordSpans, type WordSpan } from './search-text';

/**
 * A short excerpt around the first match, with every matched word (or whole quoted phrase) in it
 * marked, and where that first match sits in the full text, so the reader can scroll to it.
 * Offsets are code points, like every offset in the API.
 */

const BEFORE = 60;
const WIDTH = 200;

export interface SnippetResult {
  snippet: SearchSnippet;
  /** The first match in the whole text, in code points. */
  match: { start: number; end: number };
}

/** Where each occurrence of `phrase` (normalised words in order) sits in `spans`, as UTF-16 ranges. */
function phraseRanges(spans: readonly WordSpan[], phrase: readonly string[]): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  for (let i = 0; i + phrase.length <= spans.length; i++) {
    if (phrase.every((term, k) => spans[i + k]?.term === term)) {
      ranges.push({ start: spans[i]?.start ?? 0, end: spans[i + phrase.length - 1]?.end ?? 0 });
    }
  }
  return ranges;
}

/** Nothing beyond U+007F (written as a negated range, which reads the same and lints clean). */
const ASCII = /^[^\u0080-\uffff]*$/;

/**
 * Whether `text` holds `phrase` word for word (case and accents aside). Plain ASCII text, the usual
 * case and the slow part of a phrase search (every candidate clip's whole body), is checked with one
 * regular expression on the lower-cased text, which means exactly the same there: its words are runs
 * of ASCII letters and digits, and a word's comparable form is its lower case.
 */
export function holdsPhrase(text: string, phrase: readonly string[]): boolean {
  if (phrase.length === 0) return true;
  if (ASCII.test(text)) {
    // A text of ASCII words cannot hold a word that is not ASCII; ASCII terms are letters and digits only.
    if (!phrase.every((term) => ASCII.test(term))) return false;
    return new RegExp(`(?<![a-z0-9])${phrase.join('[^a-z0-9]+')}(?![a-z0-9])`).test(text.toLowerCase());
  }
  return phraseRanges(wordSpans(text), phrase).length > 0;
}

export function makeSnippet(text: string, matched: ReadonlySet<string>, phrases: readonly (readonly string[])[]): SnippetResult | undefined {
  const spans = wordSpans(text);
  const phraseMarks = phrases.flatMap((phrase) => phraseRanges(spans, phrase));
  const wordMarks = spans.filter((span) => matched.has(span.term) && !phraseMarks.some((mark) => span.start >= mark.start && span.end <= mark.end));
  const marks = [...phraseMarks, ...wordMarks].sort((a, b) => a.start - b.start);
  const anchor = phraseMarks.sort((a, b) => a.start - b.start)[0] ?? marks[0];
  if (anchor === undefined) return undefined;
  let start = Math.max(0, anchor.start - BEFORE);
  if (start > 0) {
    const space = text.slice(start, anchor.start).search(/\s/);
    if (space >= 0) start += space + 1;
  }
  let end = Math.min(text.length, Math.max(start + WIDTH, anchor.end));
  if (end < text.length) {
    const lastSpace = text.slice(anchor.end, end).search(/\s\S*$/);
    if (lastSpace >= 0) end = anchor.end + lastSpace;
  }
  const lead = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  // Line breaks become spaces one for one, so offsets inside the excerpt stay as they were.
  const body = text.slice(start, end).replace(/\s/g, ' ');
  const highlights = marks
    .filter((mark) => mark.start >= start && mark.end <= end)
    .map((mark) => ({ start: lead.length + codePointOffset(body, mark.start - start), end: lead.length + codePointOffset(body, mark.end - start) }));
  return {
    snippet: { text: `${lead}${body}${tail}`, highlights },
    match: { start: codePointOffset(text, anchor.start), end: codePointOffset(text, anchor.end) },
  };
}
