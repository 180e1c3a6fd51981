import type { SearchSnippet } from '../../shared/api/search-views';

/** A run of a snippet's text, marked when it is one of the words the search matched. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

/**
 * Cuts a snippet into plain and matched runs for drawing with <mark>. Highlight offsets are code points
 * (as every offset in the API), so the text is split by code point, never by UTF-16 unit: an emoji or a
 * letter outside the BMP before a match must not shift it. Ranges out of order, overlapping or past the
 * end are tolerated: they are clamped and merged rather than trusted.
 */
export function snippetParts(snippet: SearchSnippet): SnippetPart[] {
  const cps = Array.from(snippet.text);
  const ranges = snippet.highlights
    .map((h) => ({ start: Math.max(0, Math.min(h.start, cps.length)), end: Math.max(0, Math.min(h.end, cps.length)) }))
    .filter((h) => h.end > h.start)
    .sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const range of merged) {
    if (range.start > at) parts.push({ text: cps.slice(at, range.start).join(''), marked: false });
    parts.push({ text: cps.slice(range.start, range.end).join(''), marked: true });
    at = range.end;
  }
  if (at < cps.length || parts.length === 0) parts.push({ text: cps.slice(at).join(''), marked: false });
  return parts;
}
