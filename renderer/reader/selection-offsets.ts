import { toCodePointOffset } from '../../shared/domain/anchor';
import { toClipOffset } from './paragraph-offsets';
import type { Paragraph } from './paragraphs';

/** One end of a selection as the DOM gives it: which paragraph, and a UTF-16 offset into its shown text. */
export interface ParagraphPoint {
  paragraph: number;
  utf16: number;
}

/** A selection turned into what addClaim takes: code-point offsets in the clip text and the exact words there. */
export type SelectedSpan = { ok: true; start: number; end: number; quote: string } | { ok: false; message: string };

/** The longest quote the API accepts for a claim (shared/api/contract.ts, addClaim.quote). */
export const MAX_QUOTE_CHARS = 10_000;

const isWhitespace = (cp: string) => /^\s$/u.test(cp);

function before(a: ParagraphPoint, b: ParagraphPoint): boolean {
  return a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.utf16 <= b.utf16);
}

/**
 * Turns the two ends of a reader selection into a span of the clip's plain text. JavaScript counts
 * UTF-16 units and the W3C selectors count code points, so an emoji is two units here and one there;
 * a paragraph that joins wrapped lines is mapped line by line. Surrounding whitespace is dropped, so a
 * double-clicked word or a triple-clicked paragraph gives just the words.
 */
export function selectionToSpan(clipText: string, paragraphs: readonly Paragraph[], anchor: ParagraphPoint, focus: ParagraphPoint): SelectedSpan {
  const [from, to] = before(anchor, focus) ? [anchor, focus] : [focus, anchor];
  const first = paragraphs[from.paragraph];
  const last = paragraphs[to.paragraph];
  if (!first || !last) return { ok: false, message: 'That selection is not in the text of this clip. Select the words again.' };

  const codePoints = Array.from(clipText);
  let start = toClipOffset(first, toCodePointOffset(first.text, from.utf16));
  let end = toClipOffset(last, toCodePointOffset(last.text, to.utf16));
  while (start < end && isWhitespace(codePoints[start]!)) start++;
  while (end > start && isWhitespace(codePoints[end - 1]!)) end--;

  if (start >= end) return { ok: false, message: 'Select the words of the claim in the text first.' };
  const quote = codePoints.slice(start, end).join('');
  if (quote.length > MAX_QUOTE_CHARS) {
    return {
      ok: false,
      message: `That selection is too long for one claim (${quote.length.toLocaleString()} characters; at most ${MAX_QUOTE_CHARS.toLocaleString()}). Select the sentence that makes the claim.`,
    };
  }
  return { ok: true, start, end, quote };
}
