import type { Paragraph } from './paragraphs';

/**
 * Maps between a position in a paragraph as the reader shows it and a position in the clip's plain
 * text, both in code points. They differ only inside a paragraph that joins hard-wrapped lines: the
 * reader shows one space where the clip has a line break (and whatever spaces surround it).
 */

interface PlacedLine {
  /** Where the line starts in the shown paragraph text. */
  at: number;
  start: number;
  end: number;
}

function placedLines(p: Paragraph): PlacedLine[] {
  const lines = p.lines ?? [{ start: p.start, end: p.end }];
  const placed: PlacedLine[] = [];
  let at = 0;
  for (const line of lines) {
    placed.push({ at, start: line.start, end: line.end });
    at += line.end - line.start + 1; // the joining space
  }
  return placed;
}

/** Clip offset of code point `index` of the shown paragraph text; the joining space maps to the end of its line. */
export function toClipOffset(p: Paragraph, index: number): number {
  const lines = placedLines(p);
  for (let k = lines.length - 1; k >= 0; k--) {
    const line = lines[k]!;
    if (index >= line.at) return line.start + Math.min(index - line.at, line.end - line.start);
  }
  return p.start;
}

/** Code-point index in the shown paragraph text of clip offset `offset`, clamped to the paragraph. */
export function toParagraphIndex(p: Paragraph, offset: number): number {
  const lines = placedLines(p);
  if (offset <= p.start) return 0;
  for (const line of lines) {
    if (offset < line.start) return Math.max(0, line.at - 1); // in the break before this line: the joining space
    if (offset <= line.end) return line.at + (offset - line.start);
  }
  const last = lines[lines.length - 1]!;
  return last.at + (last.end - last.start);
}
