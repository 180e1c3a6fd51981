/**
 * The inverted index: for every word, the versions of records holding it, packed one per 32-bit
 * number. Hand-written rather than FlexSearch because memory decides here: at F10k (3.8 million
 * word-record pairs) FlexSearch 0.8 held 161 MB with `fastupdate` and 75 MB without, against a
 * budget of 500 MB for the whole app; these packed lists hold the same in about 20 MB.
 *
 * A posting is `slot * 16 + field * 8 + bucket`: the slot is one version of one record (an edit
 * gives the record a new slot, and the old one is dead, so nothing has to be found and removed),
 * field 1 is the record's main words (title, claim, quote) and 0 the rest, and bucket (0–7) is
 * where in that field the word first appears, so earlier mentions can rank first. Dead slots are
 * swept out of the lists once they make up a quarter of them.
 */

export const MAIN_FIELD = 1;
export const MORE_FIELD = 0;
/** Lists this short stay plain arrays: a typed array costs some 200 bytes of its own. */
const SMALL = 32;
const MAX_SLOT = 2 ** 28 - 1;

class PostingList {
  items: number[] | Uint32Array = [];
  length = 0;

  push(posting: number): void {
    if (Array.isArray(this.items)) {
      this.items.push(posting);
      this.length++;
      if (this.length >= SMALL) this.items = Uint32Array.from(this.items);
      return;
    }
    if (this.length === this.items.length) {
      // By half again, not double: less unused room, and a smaller copy at once while building.
      const grown = new Uint32Array(Math.ceil(this.items.length * 1.5));
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = posting;
  }

  /** Gives back the unused room at the end (a list edited later grows again by half). */
  trim(): void {
    if (!Array.isArray(this.items) && this.items.length > this.length) this.items = this.items.slice(0, Math.max(SMALL, this.length));
  }

  /** Keeps the postings whose slot is alive; returns how many were dropped. */
  sweep(alive: (slot: number) => boolean): number {
    let kept = 0;
    for (let i = 0; i < this.length; i++) {
      const posting = this.items[i] as number;
      if (alive(posting >>> 4)) this.items[kept++] = posting;
    }
    const dropped = this.length - kept;
    this.length = kept;
    if (Array.isArray(this.items)) this.items.length = kept;
    else if (kept < this.items.length / 4) this.items = this.items.slice(0, Math.max(SMALL, kept * 2));
    return dropped;
  }
}

export class PostingIndex {
  private readonly lists = new Map<string, PostingList>();
  /** Per slot: how many postings it has (to know when sweeping pays). */
  private counts = new Uint32Array(1024);
  private dead = new Uint8Array(1024);
  private slots = 0;
  private postings = 0;
  private deadPostings = 0;

  /** `sweepAfter`: dead postings tolerated before a sweep (at least, and at least a quarter of all). */
  constructor(private readonly sweepAfter = 100_000) {}

  /** How many slots were ever handed out: the size of a per-slot score array. */
  get slotCount(): number {
    return this.slots;
  }

  /**
   * Index one version of a record: its main words and its other words, each already normalised.
   * Returns the new slot.
   */
  add(main: readonly string[], more: readonly string[]): number {
    if (this.slots > MAX_SLOT) throw new Error('The search index is full; reopen the notebook to rebuild it.');
    const slot = this.slots++;
    if (slot >= this.counts.length) {
      const counts = new Uint32Array(this.counts.length * 2);
      counts.set(this.counts);
      this.counts = counts;
      const dead = new Uint8Array(this.dead.length * 2);
      dead.set(this.dead);
      this.dead = dead;
    }
    const seen = new Set<string>();
    let count = 0;
    for (const [field, words] of [[MAIN_FIELD, main], [MORE_FIELD, more]] as const) {
      seen.clear();
      const length = words.length;
      for (let i = 0; i < length; i++) {
        const word = words[i] as string;
        if (seen.has(word)) continue;
        seen.add(word);
        let list = this.lists.get(word);
        if (list === undefined) {
          list = new PostingList();
          this.lists.set(word, list);
        }
        list.push(slot * 16 + field * 8 + Math.min(7, Math.floor((8 * i) / length)));
        count++;
      }
    }
    this.counts[slot] = count;
    this.postings += count;
    return slot;
  }

  /** A slot's record was edited or removed: its postings no longer count. */
  kill(slot: number): void {
    if (slot < 0 || slot >= this.slots || this.dead[slot] === 1) return;
    this.dead[slot] = 1;
    this.deadPostings += this.counts[slot] ?? 0;
    if (this.deadPostings > this.sweepAfter && this.deadPostings * 4 > this.postings) this.sweep();
  }

  /** Postings held, dead ones included until swept. */
  get size(): number {
    return this.postings;
  }

  isDead(slot: number): boolean {
    return this.dead[slot] === 1;
  }

  private sweep(): void {
    const alive = (slot: number) => this.dead[slot] !== 1;
    for (const list of this.lists.values()) this.postings -= list.sweep(alive);
    this.deadPostings = 0;
  }

  /** After the initial build: every list down to its size, some 15 MB less at F10k. */
  trim(): void {
    for (const list of this.lists.values()) list.trim();
  }

  /** The postings of `word` (a view: read them before the next add). */
  find(word: string): { items: ArrayLike<number>; length: number } {
    return this.lists.get(word) ?? { items: [], length: 0 };
  }
}
