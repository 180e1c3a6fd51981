/**
 * Every word the index has seen, for prefix and typo matching. The full-text index (FlexSearch) is
 * built with whole words only, which keeps it small and fast; a query word is expanded here into the
 * indexed words it may mean: itself, words it begins (prefix), and words one or two edits away
 * (typos: a letter missing, extra, wrong or two swapped), each with a weight for ranking.
 */

export interface Variant {
  term: string;
  /** 1 for the word itself, less for a prefix completion, less again for a typo. */
  quality: number;
}

export const EXACT = 1;
export const PREFIX = 0.7;
export const TYPO = 0.5;
/** How many completions or corrections one query word may bring, so a short prefix stays fast. */
const MAX_PREFIX = 60;
const MAX_TYPO = 20;

/** Optimal string alignment distance, giving up once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** How many typos a word of this length may hold: none under 4 letters, two from 8. */
export function typoBudget(term: string): number {
  const length = [...term].length;
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

export class Vocabulary {
  private readonly words = new Set<string>();
  private sorted: string[] | undefined;
  private byLength: Map<number, string[]> | undefined;

  get size(): number {
    return this.words.size;
  }

  addText(indexable: string): void {
    if (indexable !== '') this.addWords(indexable.split(' '));
  }

  addWords(words: readonly string[]): void {
    for (const term of words) {
      if (!this.words.has(term)) {
        this.words.add(term);
        this.sorted = undefined;
        this.byLength = undefined;
      }
    }
  }

  has(term: string): boolean {
    return this.words.has(term);
  }

  /** The indexed words `term` may stand for; `loose` allows prefix and typo matches. */
  expand(term: string, loose: boolean): Variant[] {
    const variants: Variant[] = [];
    if (this.words.has(term)) variants.push({ term, quality: EXACT });
    if (!loose) return variants;
    variants.push(...this.completions(term));
    // Corrections only for a word the notebook does not hold: "form" must not also find "from".
    if (variants.length === 0) variants.push(...this.corrections(term));
    return variants;
  }

  private completions(prefix: string): Variant[] {
    const sorted = (this.sorted ??= [...this.words].sort());
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < sorted.length; i++) {
      const word = sorted[i] ?? '';
      if (!word.startsWith(prefix)) break;
      if (word !== prefix) found.push(word);
    }
    // The shortest completions are the likeliest meanings of what is being typed.
    found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    return found.slice(0, MAX_PREFIX).map((word) => ({ term: word, quality: PREFIX * (0.5 + (0.5 * prefix.length) / word.length) }));
  }

  private corrections(term: string): Variant[] {
    const budget = typoBudget(term);
    if (budget === 0) return [];
    if (this.byLength === undefined) {
      this.byLength = new Map();
      for (const word of this.words) {
        const bucket = this.byLength.get(word.length);
        if (bucket) bucket.push(word);
        else this.byLength.set(word.length, [word]);
      }
    }
    const found: Array<{ word: string; distance: number }> = [];
    for (let length = term.length - budget; length <= term.length + budget; length++) {
      for (const word of this.byLength.get(length) ?? []) {
        const distance = editDistance(term, word, budget);
        if (distance <= budget) found.push({ word, distance });
      }
    }
    found.sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : 1));
    return found.slice(0, MAX_TYPO).map(({ word, distance }) => ({ term: word, quality: TYPO / distance }));
  }
}
