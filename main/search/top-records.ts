import type { RecordTable } from './record-table';

/**
 * The best `size` records seen, kept sorted as they are offered (best score first; ties newest
 * first, as ULIDs sort by creation time), so a search never sorts every match of a common word.
 */
export class TopRecords {
  readonly items: Array<{ n: number; score: number }> = [];

  constructor(
    private readonly size: number,
    private readonly table: RecordTable,
  ) {}

  private before(a: { n: number; score: number }, b: { n: number; score: number }): boolean {
    return a.score > b.score || (a.score === b.score && this.table.newer(a.n, b.n));
  }

  offer(n: number, score: number): void {
    const entry = { n, score };
    const last = this.items[this.items.length - 1];
    if (this.items.length >= this.size && last !== undefined && !this.before(entry, last)) return;
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.before(this.items[mid] as { n: number; score: number }, entry)) lo = mid + 1;
      else hi = mid;
    }
    this.items.splice(lo, 0, entry);
    if (this.items.length > this.size) this.items.pop();
  }
}
