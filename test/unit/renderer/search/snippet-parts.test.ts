import { describe, expect, it } from 'vitest';
import { snippetParts } from '../../../../renderer/search/snippet-parts';

const marked = (parts: ReturnType<typeof snippetParts>) => parts.filter((p) => p.marked).map((p) => p.text);

describe('snippetParts', () => {
  it('marks the matched words and keeps the text around them', () => {
    const parts = snippetParts({ text: 'The council said the budget rose', highlights: [{ start: 4, end: 11 }, { start: 21, end: 27 }] });
    expect(parts.map((p) => p.text).join('')).toBe('The council said the budget rose');
    expect(marked(parts)).toEqual(['council', 'budget']);
  });

  it('counts offsets in code points, so an emoji or astral letter before a match does not shift it', () => {
    const text = '🗳️ 𝐕oters said turnout rose';
    const start = Array.from(text).indexOf('t', 10);
    const parts = snippetParts({ text, highlights: [{ start, end: start + 'turnout'.length }] });
    expect(marked(parts)).toEqual(['turnout']);
  });

  it('merges overlapping and unordered ranges and clamps ones past the end', () => {
    const parts = snippetParts({ text: 'budget deficit', highlights: [{ start: 7, end: 99 }, { start: 0, end: 4 }, { start: 2, end: 6 }] });
    expect(marked(parts)).toEqual(['budget', 'deficit']);
    expect(parts.map((p) => p.text).join('')).toBe('budget deficit');
  });

  it('shows a snippet with no highlights as plain text', () => {
    expect(snippetParts({ text: 'plain', highlights: [] })).toEqual([{ text: 'plain', marked: false }]);
    expect(snippetParts({ text: 'plain', highlights: [{ start: 3, end: 3 }] })).toEqual([{ text: 'plain', marked: false }]);
  });
});
