import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../shared/domain/suggest/sentences';
import { scoreSentence, suggestClaims } from '../../../shared/domain/suggest/suggest-claims';

const SAMPLE = readFileSync(new URL('../../fixtures/sample-article-landmines.txt', import.meta.url), 'utf8');

/** Rank of the first suggestion whose text contains `words`, or -1. */
function rankOf(text: string, words: string): number {
  return suggestClaims(text).findIndex((suggestion) => suggestion.text.includes(words));
}

describe('suggested claims on the sample article', () => {
  const top = suggestClaims(SAMPLE, { limit: 6 });
  const topTexts = top.map((suggestion) => suggestion.text);

  it.each([
    ['the Ottawa Convention sentence', '122 countries signed the Ottawa Convention'],
    ['the embassy closure', 'the US has closed its embassy in Kiev'],
    ['the "4 hours to 2 weeks" deactivation', 'from 4 hours to 2 weeks, they will become inactive'],
    ['the BBC report of the decision', 'This news was reported by the BBC'],
  ])('puts %s in the top 6', (_name, words) => {
    expect(topTexts.some((text) => text.includes(words)), `top 6 were:\n${topTexts.join('\n')}`).toBe(true);
  });

  it('says why, in words a reporter can check', () => {
    const ottawa = top.find((suggestion) => suggestion.text.includes('Ottawa'));
    expect(ottawa?.reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^has a number: 122/),
        'has a date: December 3-4, 1997',
        expect.stringMatching(/^names: .*Ottawa Convention/),
      ]),
    );
    const bbc = top.find((suggestion) => suggestion.text.includes('reported by the BBC'));
    expect(bbc?.reasons).toContain('attributed: reported by the BBC');
    const confirmed = suggestClaims(SAMPLE).find((suggestion) => suggestion.text.includes('confirmed to the BBC'));
    expect(confirmed?.reasons).toContain('attributed: confirmed to the BBC');
    for (const suggestion of top) expect(suggestion.reasons.length).toBeGreaterThan(0);
  });

  it('gives code-point offsets that select exactly the sentence, best first', () => {
    const chars = Array.from(SAMPLE);
    for (const suggestion of top) expect(chars.slice(suggestion.start, suggestion.end).join('')).toBe(suggestion.text);
    const scores = top.map((suggestion) => suggestion.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('gives each sentence a key that is the same on every run and differs between sentences', () => {
    const again = suggestClaims(SAMPLE, { limit: 6 });
    expect(again.map((s) => s.key)).toEqual(top.map((s) => s.key));
    expect(new Set(top.map((s) => s.key)).size).toBe(top.length);
    // Re-spacing the text does not change the key, so a dismissal survives a re-capture.
    const respaced = suggestClaims(SAMPLE.replace('122 countries', '122  countries'));
    const ottawa = top.find((s) => s.text.includes('Ottawa'));
    expect(respaced.some((s) => s.key === ottawa?.key)).toBe(true);
  });

  it('honours the limit', () => {
    expect(suggestClaims(SAMPLE, { limit: 2 })).toHaveLength(2);
    expect(suggestClaims(SAMPLE).length).toBeGreaterThan(6);
  });
});

describe('check-worthiness rules', () => {
  it('counts digits in any script as numbers', () => {
    const bangla = scoreSentence('এই চুক্তিতে ১২২টি দেশ স্বাক্ষর করেছে।');
    const arabic = scoreSentence('وقعت ١٢٢ دولة على الاتفاقية في أوتاوا.');
    const words = scoreSentence('এই চুক্তিতে অনেক দেশ স্বাক্ষর করেছে।');
    expect(bangla.reasons).toContain('has a number: ১২২টি');
    expect(arabic.reasons.some((reason) => reason.startsWith('has a number: ١٢٢'))).toBe(true);
    expect(bangla.score).toBeGreaterThan(0);
    expect(arabic.score).toBeGreaterThan(0);
    expect(words.score).toBe(0);
  });

  it('suggests a Bangla sentence with its figure, with code-point offsets', () => {
    const text = 'আজ বৃষ্টি হয়েছে। ঢাকায় ১২২ জন আহত হয়েছেন। সবাই ভালো আছে।';
    const [first] = suggestClaims(text);
    expect(first?.text).toBe('ঢাকায় ১২২ জন আহত হয়েছেন।');
    expect(Array.from(text).slice(first?.start, first?.end).join('')).toBe(first?.text);
  });

  it('counts offsets in code points after emoji', () => {
    const text = '🎉 Party time 🎉. 🎉🎉 The mayor said 40% of roads closed on Monday. Then 🎈 the BBC said 12 bridges fell.';
    const suggestions = suggestClaims(text);
    expect(suggestions.map((s) => s.text).sort()).toEqual([
      'Then 🎈 the BBC said 12 bridges fell.',
      '🎉🎉 The mayor said 40% of roads closed on Monday.',
    ]);
    for (const s of suggestions) expect(Array.from(text).slice(s.start, s.end).join('')).toBe(s.text);
  });

  it('ranks a question and a prediction below the same fact stated', () => {
    const text = [
      'Will the ministry say unemployment fell to 5% in March?',
      'The ministry said unemployment will fall to 5% in March.',
      'The ministry said unemployment fell to 5% in March.',
      'The ministry is expected to say unemployment fell to 5% in March.',
    ].join(' ');
    const ranked = suggestClaims(text).map((suggestion) => suggestion.text);
    expect(ranked[0]).toBe('The ministry said unemployment fell to 5% in March.');
    expect(rankOf(text, 'Will the ministry')).toBeGreaterThan(0);
    expect(rankOf(text, 'will fall')).toBeGreaterThan(0);
    expect(scoreSentence('Will the ministry say unemployment fell to 5% in March?').reasons).toContain('down-ranked: a question');
  });

  it('ranks an opinion below a fact and says so', () => {
    const opinion = scoreSentence('I think the council should spend $5 million on roads.');
    const fact = scoreSentence('The council spent $5 million on roads.');
    expect(opinion.score).toBeLessThan(fact.score);
    expect(opinion.reasons).toContain('down-ranked: an opinion (I think)');
  });

  it('recognises comparisons, money, percentages and acronyms', () => {
    const { reasons } = scoreSentence('The UN said spending was higher than in 2020, at $4.5 billion, up 12% on the year.');
    expect(reasons).toEqual(
      expect.arrayContaining([
        'has an amount of money: $4.5 billion',
        'has a percentage: 12%',
        expect.stringMatching(/^compares: higher than/),
        expect.stringMatching(/^names: UN/),
        'attributed: The UN said',
      ]),
    );
  });

  it('does not suggest sentences with nothing to check', () => {
    expect(suggestClaims('It was a quiet morning. Everyone went home early.')).toEqual([]);
  });
});

describe('sentence splitting', () => {
  it('splits with Intl.Segmenter but keeps "U.S." and "Dr." inside their sentence', () => {
    const text = 'The statement added that the U.S. Embassy is open. Dr. Smith agreed.\nA headline without a stop\nLast one.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The statement added that the U.S. Embassy is open.',
      'Dr. Smith agreed.',
      'A headline without a stop',
      'Last one.',
    ]);
  });
});
