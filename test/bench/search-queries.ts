import type { SearchQuery } from '../../main/search/search-engine';
import { STATUSES } from '../../shared/domain/status';
import { rng } from './fixture-text';

/**
 * 200 mixed queries as reporters type them, over the fixture's vocabulary (fixture-text.ts): single
 * words, two words, prefixes being typed, typos, quoted phrases, and filtered searches. Seeded, so
 * every run asks the same.
 */
const WORDS = ['council', 'budget', 'hospital', 'inflation', 'election', 'investigation', 'documents', 'spokesperson', 'teachers', 'bridge', 'analysis', 'federal', 'respondents', 'workers', 'contract'];
const TYPOS = ['councl', 'budgte', 'hosptial', 'inflaton', 'electoin', 'investigaton', 'documnets', 'spokesprson', 'techers', 'brigde'];
const PHRASES = ['"the council said"', '"according to data"', '"records show"', '"police officials"', '"rent prices"'];

export function mixedQueries(count = 200, seed = 7): SearchQuery[] {
  const random = rng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const queries: SearchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const word = pick(WORDS);
    switch (i % 8) {
      case 0:
        queries.push({ query: word, limit: 10 });
        break;
      case 1:
        queries.push({ query: `${word} ${pick(WORDS)}`, limit: 10 });
        break;
      case 2:
        queries.push({ query: word.slice(0, 3 + Math.floor(random() * 3)), limit: 10 });
        break;
      case 3:
        queries.push({ query: pick(TYPOS), limit: 10 });
        break;
      case 4:
        queries.push({ query: pick(PHRASES), limit: 10 });
        break;
      case 5:
        queries.push({ query: word, status: [pick(STATUSES)], limit: 10 });
        break;
      case 6:
        queries.push({ query: `${word} ${pick(WORDS).slice(0, 4)}`, outlet: 'example', from: '2024-01-01', to: '2024-01-02', limit: 10 });
        break;
      default:
        queries.push({ query: word, sourceKind: 'web', kinds: ['source', 'evidence'], limit: 10 });
    }
  }
  return queries;
}
