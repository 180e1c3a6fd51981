import type { Signal } from './quantities';
import { listed, matchesOf, wordsRegex, wrapWord } from './word-patterns';

/** Comparatives and superlatives ("more than", "the largest", "doubled"): checkable against data. */

const PHRASES = wordsRegex([
  'more than', 'less than', 'fewer than', 'as many as', 'as much as', 'at least', 'at most', 'up from', 'down from',
  'compared with', 'compared to', 'the most', 'the least', 'the first', 'the only', 'a record', 'record high',
  'record low', 'largest', 'biggest', 'highest', 'lowest', 'smallest', 'fastest', 'slowest', 'oldest', 'youngest',
  'longest', 'shortest', 'richest', 'poorest', 'deadliest', 'doubled', 'tripled', 'halved', 'rose', 'fell',
  'increased', 'decreased', 'declined', 'dropped', 'grew', 'same as', 'not the same as',
  'majority', 'minority', 'most of', 'half of',
]);
/** Any "-er than": "higher than", "cheaper than". */
const ER_THAN = wrapWord('\\p{Ll}+er\\s+than');

export function comparisonSignal(sentence: string): Signal | null {
  const found = [...matchesOf(ER_THAN, sentence), ...matchesOf(PHRASES, sentence)];
  const unique = [...new Set(found)];
  if (unique.length === 0) return null;
  return { weight: 1.5, reason: `compares: ${listed(unique, 2)}` };
}
