import { describe, expect, it } from 'vitest';
import { holdsPhrase } from '../../../main/search/snippet';

/**
 * Quoted phrases: plain ASCII text is checked by a fast path, any other text word by word; both must
 * agree. A snowman is not a word, so appending one sends the same words down the word-by-word path.
 */
const slow = (text: string) => `${text} ☃`;

const CASES: Array<[string, string[], boolean]> = [
  ['The council said on Tuesday that the budget rose.', ['the', 'council', 'said'], true],
  ['THE COUNCIL, SAID the mayor', ['the', 'council', 'said'], true],
  ['The councils said', ['the', 'council', 'said'], false],
  ['Atthe council said', ['the', 'council', 'said'], false],
  ['the council\n\nsaid', ['the', 'council', 'said'], true],
  ['said the council', ['the', 'council', 'said'], false],
  ['rent rose 12 percent', ['12', 'percent'], true],
  ['rent rose 112 percent', ['12', 'percent'], false],
  ['records-show', ['records', 'show'], true],
  ['records show', ['records', 'showed'], false],
];

describe('checking a quoted phrase', () => {
  it('gives the same answer on the fast path as word by word', () => {
    for (const [text, phrase, expected] of CASES) {
      expect([text, holdsPhrase(text, phrase)]).toEqual([text, expected]);
      expect([text, holdsPhrase(slow(text), phrase)]).toEqual([text, expected]);
    }
  });

  it('matches accented words without their accents, and no ASCII text holds an accented word', () => {
    expect(holdsPhrase('Statement from the Élysée Palace', ['elysee', 'palace'])).toBe(true);
    expect(holdsPhrase('Statement from the Elysee Palace', ['élysée', 'palace'])).toBe(false);
  });
});
