import { Encoder, Index } from 'flexsearch';

/**
 * One field of one kind of record in FlexSearch. It is given pre-normalised words joined by spaces
 * (see search-text.ts), so its encoder only splits; prefixes and typos are handled by expanding the
 * query word against the vocabulary, which lets FlexSearch index whole words only ("strict"), its
 * smallest and fastest form. `fastupdate` keeps edits and removals quick (a status change re-indexes
 * the claim's rationales) at some 30% more memory. Records are numbered, as FlexSearch is fastest
 * with numeric ids.
 */
export class FullTextIndex {
  private readonly index = new Index({
    tokenize: 'strict',
    resolution: 9,
    fastupdate: true,
    encoder: new Encoder({ normalize: false, dedupe: false, split: ' ', minlength: 1 }),
  });
  private readonly held = new Set<number>();

  set(doc: number, indexable: string): void {
    if (this.held.has(doc)) {
      if (indexable === '') {
        this.index.remove(doc);
        this.held.delete(doc);
      } else this.index.update(doc, indexable);
    } else if (indexable !== '') {
      this.index.add(doc, indexable);
      this.held.add(doc);
    }
  }

  remove(doc: number): void {
    if (this.held.delete(doc)) this.index.remove(doc);
  }

  /** The records holding `term`, most relevant first (FlexSearch ranks by where in the text it sits). */
  find(term: string): number[] {
    if (this.held.size === 0) return [];
    // After an update removed a word's last record, FlexSearch 0.8 answers undefined rather than [].
    return (this.index.search(term, { limit: this.held.size }) as number[] | undefined) ?? [];
  }
}
