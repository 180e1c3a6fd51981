import { Index } from 'flexsearch';

/**
 * The word index, on FlexSearch (measured against MiniSearch, which was slower and larger, and our
 * own packed word lists, which were leaner but hand-written; see the README's "Search"). Two
 * FlexSearch indexes, one per field: a record's main words (title, claim, quote) and the rest (body,
 * notes, rationales), so a match in the main field can count for more.
 *
 * FlexSearch is used for what it is best at, exact whole words ("strict"), its smallest and fastest
 * form: the words come already normalised (search-text.ts), so its encoder only splits on spaces, and
 * prefixes and typos come from expanding the query word against the notebook's vocabulary
 * (vocabulary.ts) rather than from indexing every prefix. Its scoring `resolution` is where in the
 * field a word first appears, in eight steps (bucket 0 the first eighth), so earlier mentions can
 * rank first.
 *
 * Ids are slots: one version of one record. An edit indexes a new version and the old one is dead:
 * the engine skips versions that are no longer their record's current one, so an edit or a delete
 * shows in results at once, and the dead versions are removed from FlexSearch later, in short steps
 * while the worker is idle, once a thousand have gathered (`sweep`, search-worker.ts). That is for
 * memory: FlexSearch's `fastupdate`, which makes one removal cheap, more than doubled the index at
 * F10k (190k records: +143 MB against +57 MB), and without it one removal scans the whole index
 * (3–7 ms at F10k).
 */

export const MAIN_FIELD = 1;
export const MORE_FIELD = 0;
export const BUCKETS = 8;
const MAX_SLOT = 2 ** 31 - 1;

/** The slots holding a word in one field, by bucket (index 0: the word is in the field's first eighth). */
export type Buckets = ReadonlyArray<readonly number[] | undefined>;

/** Where in a field of `count` words the word at `position` first appears, 0–7. */
export function bucketOf(position: number, count: number): number {
  return Math.min(BUCKETS - 1, Math.floor((BUCKETS * position) / count));
}

function fieldIndex(): Index {
  return new Index({
    tokenize: 'strict',
    resolution: BUCKETS,
    fastupdate: false,
    cache: false,
    // The words are normalised already: split only, and keep digits whole (FlexSearch's default
    // would cut "1000000" into triplets, so a figure could not be found as typed).
    encode: (text: string) => text.split(' '),
    score: (content: string[], _term: string, position: number) => bucketOf(position, content.length),
  });
}

export class WordIndex {
  private readonly fields = [fieldIndex(), fieldIndex()] as const;
  private slots = 0;
  /** Versions no longer current, still in FlexSearch until swept. */
  private readonly dead: number[] = [];

  /** How many slots were ever handed out: the size of a per-slot score array. */
  get slotCount(): number {
    return this.slots;
  }

  /** Index one version of a record: its main words and its other words, each already normalised. Returns the new slot. */
  add(main: readonly string[], more: readonly string[]): number {
    if (this.slots >= MAX_SLOT) throw new Error('The search index is full; reopen the notebook to rebuild it.');
    const slot = this.slots++;
    if (main.length > 0) this.fields[MAIN_FIELD].add(slot, main.join(' '));
    if (more.length > 0) this.fields[MORE_FIELD].add(slot, more.join(' '));
    return slot;
  }

  /** A slot's record was edited or removed: its version is to be dropped (see `sweep`). */
  kill(slot: number): void {
    if (slot >= 0 && slot < this.slots) this.dead.push(slot);
  }

  /** Dead versions still held. */
  get deadCount(): number {
    return this.dead.length;
  }

  /**
   * Remove dead versions from FlexSearch for about `budgetMs` (at least one). Returns how many are
   * left. Until then they are only dead weight: the engine already skips them.
   */
  sweep(budgetMs: number): number {
    const until = performance.now() + budgetMs;
    do {
      const slot = this.dead.pop();
      if (slot === undefined) break;
      this.fields[MAIN_FIELD].remove(slot);
      this.fields[MORE_FIELD].remove(slot);
    } while (performance.now() < until);
    return this.dead.length;
  }

  /**
   * The slots holding `word` in `field`, by bucket. FlexSearch's unresolved result is read, not
   * copied: read it before the next add or kill.
   */
  find(word: string, field: number): Buckets {
    const index = this.fields[field === MAIN_FIELD ? MAIN_FIELD : MORE_FIELD];
    const raw = index.search(word, { resolve: false, limit: Number.MAX_SAFE_INTEGER }) as unknown as { result?: Buckets };
    return raw.result ?? [];
  }
}
