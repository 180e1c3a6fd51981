/**
 * Record ids as small numbers, on the main thread: the search engine (in its worker) knows records
 * by number only, so it needs no copy of 180k ids, and its hits are turned back into records here.
 * A number, once given to an id, stays its number.
 */
export class RecordNumbers {
  private readonly numbers = new Map<string, number>();
  private readonly ids: string[] = [];

  /** The id's number, given now if it has none. */
  of(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.ids.push(id);
      this.numbers.set(id, n);
    }
    return n;
  }

  find(id: string): number | undefined {
    return this.numbers.get(id);
  }

  idOf(n: number): string | undefined {
    return this.ids[n];
  }
}
