import { terms } from './search-text';

/**
 * A search box's text as the engine uses it: loose words (matched by prefix and with typos) and
 * "quoted phrases" (their words matched exactly, then checked in order in the text).
 */
export interface ParsedQuery {
  /** Every word to find, each once; `loose` ones may match by prefix or with a typo. */
  words: Array<{ term: string; loose: boolean }>;
  /** Each quoted phrase as normalised words, two or more. */
  phrases: string[][];
}

export function parseQuery(query: string): ParsedQuery {
  const words = new Map<string, boolean>();
  const phrases: string[][] = [];
  // Split on double quotes (straight or curly): odd pieces are inside quotes. An unclosed quote runs to the end.
  const pieces = query.split(/["“”„]/);
  pieces.forEach((piece, i) => {
    const inside = i % 2 === 1;
    const found = terms(piece);
    if (inside && found.length > 1) phrases.push(found);
    for (const term of found) {
      // A word that is both quoted and loose is kept exact: the quote is the stronger wish.
      words.set(term, (words.get(term) ?? true) && !inside);
    }
  });
  return { words: [...words].map(([term, loose]) => ({ term, loose })), phrases };
}
