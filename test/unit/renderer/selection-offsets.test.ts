import { describe, expect, it } from 'vitest';
import { toUtf16Offset } from '../../../shared/domain/anchor';
import { splitParagraphs } from '../../../renderer/reader/paragraphs';
import { selectionToSpan, type ParagraphPoint } from '../../../renderer/reader/selection-offsets';
import { SAMPLE_ARTICLE_TEXT } from '../../../main/assets/sample-article';

/** The DOM side of a selection of `words` in paragraph `paragraph`: UTF-16 offsets into the shown text, as a Range gives them. */
function pointsOf(text: string, words: string, paragraph = 0): [ParagraphPoint, ParagraphPoint] {
  const shown = splitParagraphs(text)[paragraph]!.text;
  const at = shown.indexOf(words);
  if (at < 0) throw new Error(`"${words}" is not in paragraph ${paragraph}`);
  return [
    { paragraph, utf16: at },
    { paragraph, utf16: at + words.length },
  ];
}

function spanOf(text: string, from: ParagraphPoint, to: ParagraphPoint) {
  return selectionToSpan(text, splitParagraphs(text), from, to);
}

describe('selectionToSpan', () => {
  it('counts an emoji before the selection as one code point, as the W3C selectors do', () => {
    const text = '😀 Emoji first.\n\nThen plain.';
    const span = spanOf(text, ...pointsOf(text, 'Emoji'));
    expect(span).toEqual({ ok: true, start: 2, end: 7, quote: 'Emoji' });
    // The same span read back in UTF-16 gives the same words.
    expect(text.slice(toUtf16Offset(text, 2), toUtf16Offset(text, 7))).toBe('Emoji');
  });

  it('keeps an emoji flag inside the selection whole and counts it as its code points', () => {
    const text = 'Dhaka 🇧🇩 said 122 countries signed.';
    const span = spanOf(text, ...pointsOf(text, '🇧🇩 said 122'));
    expect(span).toMatchObject({ ok: true, quote: '🇧🇩 said 122', start: 6, end: 6 + Array.from('🇧🇩 said 122').length });
  });

  it('maps Bangla text, with its vowel signs and digits, after emoji in an earlier paragraph', () => {
    const text = '👍🏽 খবর\n\nঢাকায় ১২২টি দেশ অটোয়া কনভেনশনে স্বাক্ষর করেছে।';
    const words = '১২২টি দেশ অটোয়া কনভেনশনে';
    const span = spanOf(text, ...pointsOf(text, words, 1));
    expect(span.ok).toBe(true);
    if (!span.ok) return;
    expect(span.quote).toBe(words);
    const codePoints = Array.from(text);
    expect(codePoints.slice(span.start, span.end).join('')).toBe(words);
    // 👍🏽 is two code points but four UTF-16 units: offsets must be the code-point ones.
    expect(span.start).toBe(Array.from(text.slice(0, text.indexOf(words))).length);
    expect(span.start).not.toBe(text.indexOf(words));
  });

  it('quotes a selection across a hard-wrapped line exactly as the clip text has it', () => {
    const text = 'First line of one\nparagraph wrapped.\n\nSecond paragraph.';
    const span = spanOf(text, ...pointsOf(text, 'one paragraph'));
    expect(span).toEqual({ ok: true, start: 14, end: 27, quote: 'one\nparagraph' });
  });

  it('drops the whitespace around a selection, and takes a backwards selection the same way', () => {
    const text = 'The minister said 40% of roads were closed.';
    const [from, to] = pointsOf(text, ' 40% of roads ');
    expect(spanOf(text, to, from)).toEqual({ ok: true, start: 18, end: 30, quote: '40% of roads' });
  });

  it('spans paragraphs: a triple-clicked paragraph ends at the start of the next one and gives just its words', () => {
    const lines = SAMPLE_ARTICLE_TEXT.split('\n');
    const span = spanOf(SAMPLE_ARTICLE_TEXT, { paragraph: 1, utf16: 0 }, { paragraph: 2, utf16: 0 });
    expect(span).toMatchObject({ ok: true, quote: lines[1]!.trim() });
  });

  it('finds the Ottawa Convention words in the sample article at their code-point offsets', () => {
    const words = '122 countries signed the Ottawa Convention';
    const last = splitParagraphs(SAMPLE_ARTICLE_TEXT).length - 1;
    const span = spanOf(SAMPLE_ARTICLE_TEXT, ...pointsOf(SAMPLE_ARTICLE_TEXT, words, last));
    expect(span).toMatchObject({ ok: true, quote: words });
    if (span.ok) expect(Array.from(SAMPLE_ARTICLE_TEXT).slice(span.start, span.end).join('')).toBe(words);
  });

  it('refuses an empty or blank selection with what to do', () => {
    const text = 'One.  Two.';
    const span = spanOf(text, { paragraph: 0, utf16: 4 }, { paragraph: 0, utf16: 6 });
    expect(span).toEqual({ ok: false, message: expect.stringMatching(/Select the words/) });
  });

  it('refuses a selection too long to be one claim, saying how long it is', () => {
    const text = `${'word '.repeat(2500)}end.`;
    const span = spanOf(text, { paragraph: 0, utf16: 0 }, { paragraph: 0, utf16: text.length });
    expect(span).toEqual({ ok: false, message: expect.stringMatching(/too long for one claim \(12,504 characters/) });
  });

  it('refuses a point in a paragraph that does not exist', () => {
    expect(spanOf('Only one.', { paragraph: 0, utf16: 0 }, { paragraph: 3, utf16: 2 }).ok).toBe(false);
  });
});
