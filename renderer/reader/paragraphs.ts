/**
 * Turns a clip's plain text into paragraphs for the reader. Each paragraph keeps where it sits in the
 * original text, counted in Unicode code points like the claims' TextPositionSelector, so a later issue
 * can draw claim highlights inside the right paragraph without re-deriving offsets.
 */
export interface Paragraph {
  /** What to show: the paragraph's lines, trimmed, hard-wrapped lines joined with a space. */
  text: string;
  /** Code-point offset of the paragraph's first visible character in the clip text. */
  start: number;
  /** Code-point offset just past its last visible character. */
  end: number;
  /**
   * Only when the paragraph joins hard-wrapped lines: each line's span in the clip text. The shown
   * text puts one space where the clip has a line break, so offsets inside such a paragraph are not
   * a plain shift of `start`; renderer/reader/paragraph-offsets.ts maps between the two.
   */
  lines?: { start: number; end: number }[];
}

interface Line {
  text: string;
  start: number;
  end: number;
}

const isSpace = (cp: string) => cp === ' ' || cp === '\t' || cp === '\r' || cp === '\u00a0' || cp === '\f' || cp === '\v';

/** Lines with their trimmed spans, in code points; blank lines come back with empty text. */
function trimmedLines(cps: readonly string[]): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  for (let i = 0; i <= cps.length; i++) {
    if (i < cps.length && cps[i] !== '\n') continue;
    let s = lineStart;
    let e = i;
    while (s < e && isSpace(cps[s]!)) s++;
    while (e > s && isSpace(cps[e - 1]!)) e--;
    lines.push({ text: cps.slice(s, e).join(''), start: s, end: e });
    lineStart = i + 1;
  }
  return lines;
}

/**
 * Paragraphs of a clip's text. When the text separates paragraphs with blank lines, a block of
 * lines is one paragraph (its single line breaks are hard wraps); otherwise every line is one.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const lines = trimmedLines(Array.from(text));
  const usesBlankLines = lines.some((line, i) => line.text === '' && i > 0 && i < lines.length - 1 && lines[i - 1]!.text !== '');
  if (!usesBlankLines) return lines.filter((line) => line.text !== '');

  const paragraphs: Paragraph[] = [];
  let block: Line[] = [];
  const flush = () => {
    if (block.length === 0) return;
    paragraphs.push({
      text: block.map((l) => l.text).join(' '),
      start: block[0]!.start,
      end: block[block.length - 1]!.end,
      ...(block.length > 1 ? { lines: block.map((l) => ({ start: l.start, end: l.end })) } : {}),
    });
    block = [];
  };
  for (const line of lines) {
    if (line.text === '') flush();
    else block.push(line);
  }
  flush();
  return paragraphs;
}
