import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../renderer/reader/paragraphs';
import { SAMPLE_ARTICLE_TEXT } from '../../../main/assets/sample-article';

describe('splitParagraphs', () => {
  it('makes one paragraph per line when the text has no blank lines (the sample article)', () => {
    const paragraphs = splitParagraphs(SAMPLE_ARTICLE_TEXT);
    expect(paragraphs).toHaveLength(SAMPLE_ARTICLE_TEXT.split('\n').length);
    expect(paragraphs[0]!.text).toMatch(/^US President Joe Biden/);
    expect(paragraphs.at(-1)!.text).toMatch(/122 countries signed the Ottawa Convention/);
  });

  it('keeps blank-line paragraphs whole and joins their hard-wrapped lines', () => {
    const text = 'First line of one\nparagraph wrapped.\n\nSecond paragraph.\n\n\n  Third, indented.  \n';
    expect(splitParagraphs(text).map((p) => p.text)).toEqual([
      'First line of one paragraph wrapped.',
      'Second paragraph.',
      'Third, indented.',
    ]);
  });

  it('handles Windows line endings without leaving carriage returns in the text', () => {
    const paragraphs = splitParagraphs('One.\r\nTwo.\r\n');
    expect(paragraphs.map((p) => p.text)).toEqual(['One.', 'Two.']);
  });

  it('gives each paragraph its span in code points, as claim anchors count them', () => {
    const text = '😀 Emoji first.\n\nThen plain.';
    const codePoints = Array.from(text);
    for (const p of splitParagraphs(text)) {
      expect(codePoints.slice(p.start, p.end).join('')).toBe(p.text);
    }
    expect(splitParagraphs(text)[1]).toEqual({ text: 'Then plain.', start: 16, end: 27 });
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\n \t\n')).toEqual([]);
  });
});
