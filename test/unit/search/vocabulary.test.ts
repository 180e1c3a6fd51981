import { describe, expect, it } from 'vitest';
import { editDistance, Vocabulary } from '../../../main/search/vocabulary';
import { parseQuery } from '../../../main/search/parse-query';

describe('query words and their variants', () => {
  it('counts a swap of two letters as one typo', () => {
    expect(editDistance('brigde', 'bridge', 2)).toBe(1);
    expect(editDistance('councl', 'council', 2)).toBe(1);
    expect(editDistance('house', 'mouse', 1)).toBe(1);
    expect(editDistance('budget', 'bridge', 2)).toBe(3);
  });

  it('expands a word to itself, its completions, or else its near spellings, exact first', () => {
    const vocabulary = new Vocabulary();
    vocabulary.addText('council councillor counsel budget budgets from form');
    expect(vocabulary.expand('budget', true).map((v) => v.term)).toEqual(['budget', 'budgets']);
    expect(vocabulary.expand('counc', true).map((v) => v.term)).toEqual(['council', 'councillor']);
    expect(vocabulary.expand('councel', true).map((v) => v.term).sort()).toEqual(['council', 'counsel']);
    // A word the notebook holds is not "corrected" into another real word.
    expect(vocabulary.expand('form', true).map((v) => v.term)).toEqual(['form']);
    // Quoted words match exactly.
    expect(vocabulary.expand('budg', false)).toEqual([]);
    const [exact, prefix] = vocabulary.expand('budget', true);
    expect(exact!.quality).toBeGreaterThan(prefix!.quality);
  });

  it('splits a query into loose words and quoted phrases', () => {
    expect(parseQuery('Rent “city council” rises')).toEqual({
      words: [
        { term: 'rent', loose: true },
        { term: 'city', loose: false },
        { term: 'council', loose: false },
        { term: 'rises', loose: true },
      ],
      phrases: [['city', 'council']],
    });
    expect(parseQuery('"unclosed phrase here').phrases).toEqual([['unclosed', 'phrase', 'here']]);
  });
});
