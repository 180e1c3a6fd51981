import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMatches } from '../../../renderer/reader/find-matches';

/** The words at a match, cut from the text by code points, the way a claim's quote is. */
const wordsAt = (text: string, m: { start: number; end: number }) => Array.from(text).slice(m.start, m.end).join('');

const SAMPLE = readFileSync(join(__dirname, '../../fixtures/sample-article-landmines.txt'), 'utf8');

describe('findMatches', () => {
  it('finds the Ottawa phrase in the sample article at its code-point offsets', () => {
    const matches = findMatches(SAMPLE, '122 countries signed the Ottawa Convention');
    expect(matches).toHaveLength(1);
    expect(wordsAt(SAMPLE, matches[0]!)).toBe('122 countries signed the Ottawa Convention');
    expect(matches[0]!.start).toBe(Array.from(SAMPLE).join('').indexOf('122 countries'));
  });

  it('finds every occurrence of a repeated phrase, in order, ignoring case', () => {
    const matches = findMatches(SAMPLE, 'the embassy');
    expect(matches.map((m) => wordsAt(SAMPLE, m))).toEqual(['the embassy', 'the embassy', 'The embassy', 'the embassy']);
    const starts = matches.map((m) => m.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(new Set(starts).size).toBe(4);
  });

  it('counts code points, not UTF-16 units, after emoji', () => {
    const text = '🗳️ 📰 The vote 👍🏽 was 52% — the vote 🎉 counted';
    const matches = findMatches(text, 'the vote');
    expect(matches).toHaveLength(2);
    for (const m of matches) expect(wordsAt(text, m)).toMatch(/^the vote$/i);
    // 🗳 + VS16 + space + 📰 + space = 5 code points before "The" (7 UTF-16 units).
    expect(matches[0]).toEqual({ start: 5, end: 13 });
    expect(text.indexOf('The vote')).toBe(7);
  });

  it('counts code points in Bangla text, where combining signs are code points of their own', () => {
    const text = 'ঢাকায় ১২২টি দেশ চুক্তিতে সই করে। পরে আরও দেশ সই করে।';
    const matches = findMatches(text, 'সই করে');
    expect(matches).toHaveLength(2);
    expect(matches.map((m) => wordsAt(text, m))).toEqual(['সই করে', 'সই করে']);
    expect(matches[0]!.start).toBe(Array.from('ঢাকায় ১২২টি দেশ চুক্তিতে ').length);
    expect(findMatches(text, '১২২টি')).toEqual([{ start: 7, end: 12 }]);
  });

  it('tolerates whitespace: extra spaces in the query and a line break in the text', () => {
    const text = 'Note that 122 countries\nsigned   the Ottawa\tConvention.';
    const matches = findMatches(text, '  countries signed the   ottawa convention ');
    expect(matches).toHaveLength(1);
    expect(wordsAt(text, matches[0]!)).toBe('countries\nsigned   the Ottawa\tConvention');
  });

  it('lets straight quotes find curly ones', () => {
    const text = 'On the embassy’s website, it said “shelter”.';
    expect(findMatches(text, "embassy's").map((m) => wordsAt(text, m))).toEqual(['embassy’s']);
    expect(findMatches(text, '"shelter"').map((m) => wordsAt(text, m))).toEqual(['“shelter”']);
  });

  it('treats the query as plain words, not a pattern', () => {
    const text = 'It rose (by 3.5%) in 2023 [est.] and 3x5 fell.';
    expect(findMatches(text, '(by 3.5%)').map((m) => wordsAt(text, m))).toEqual(['(by 3.5%)']);
    expect(findMatches(text, '[est.]')).toHaveLength(1);
    expect(findMatches(text, '3.5')).toHaveLength(1);
  });

  it('returns nothing for no match, an empty query or spaces alone', () => {
    expect(findMatches(SAMPLE, 'Geneva Convention')).toEqual([]);
    expect(findMatches(SAMPLE, '')).toEqual([]);
    expect(findMatches(SAMPLE, '   ')).toEqual([]);
    expect(findMatches('', 'anything')).toEqual([]);
  });

  it('does not overlap matches and stops at the limit', () => {
    expect(findMatches('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
    expect(findMatches(SAMPLE, 'e', 5)).toHaveLength(5);
  });
});
