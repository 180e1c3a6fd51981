import type { SearchKind } from '../../shared/api/search-views';

/**
 * The filter fields of every indexed record, one typed array per field indexed by record number, so
 * filtering the matches of a common word (every record, at worst) touches a few bytes per record
 * rather than a record object scattered in a large heap: that lookup was most of a search's time.
 */

export const KIND_CODES: Record<SearchKind, number> = { clip: 1, claim: 2, source: 3, evidence: 4 };
export const KIND_OF_CODE: ReadonlyArray<SearchKind | undefined> = [undefined, 'clip', 'claim', 'source', 'evidence'];

/** Strings seen in a field (outlets, statuses, source kinds) as small numbers; 0 is "none". */
export class Interner {
  readonly names: string[] = [''];
  private readonly codes = new Map<string, number>();

  code(name: string | undefined): number {
    if (name === undefined || name === '') return 0;
    let code = this.codes.get(name);
    if (code === undefined) {
      code = this.names.length;
      this.names.push(name);
      this.codes.set(name, code);
    }
    return code;
  }

  find(name: string): number | undefined {
    return this.codes.get(name);
  }
}

/** "2024-03-01…" as 20240301, which orders as the day string did; 0 when it is not such a date. */
export function dayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return match ? Number(match[1]) * 10_000 + Number(match[2]) * 100 + Number(match[3]) : 0;
}

const ULID_DIGITS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DIGIT = new Map([...ULID_DIGITS].map((c, i) => [c, i]));
/** A ULID as five numbers of up to 30 bits each, comparing as the id string does. */
const KEY_WORDS = 5;

function grow<T extends Uint8Array | Int32Array | Uint32Array>(array: T, size: number, fill = 0): T {
  if (array.length >= size) return array;
  let length = Math.max(1024, array.length);
  while (length < size) length *= 2;
  const grown = new (array.constructor as new (n: number) => T)(length);
  grown.set(array);
  if (fill !== 0) grown.fill(fill, array.length);
  return grown;
}

export class RecordTable {
  kind = new Uint8Array(0);
  trashed = new Uint8Array(0);
  status = new Uint8Array(0);
  sourceKind = new Uint8Array(0);
  outlet = new Uint32Array(0);
  day = new Int32Array(0);
  /** A claim's clip, an evidence link's claim (-1: none). */
  up = new Int32Array(0);
  /** An evidence link's source (-1: none). */
  source = new Int32Array(0);
  /** The record's live slot in the posting index (-1: not indexed). */
  slot = new Int32Array(0);
  /** A hash of the indexed text, to skip re-indexing a record whose words did not change. */
  hash = new Int32Array(0);
  private keys = new Uint32Array(0);
  /** Clip titles: a quoted phrase is checked against title and body, and only clips' bodies are read here. */
  readonly titles = new Map<number, string>();
  /** Clip bodies' names (clips/<sha>.txt), read when a hit needs its excerpt or a phrase is checked. */
  readonly shas = new Map<number, string>();
  readonly outlets = new Interner();
  readonly statuses = new Interner();
  readonly sourceKinds = new Interner();
  /** Record numbers seen so far are below this. */
  size = 0;

  ensure(n: number): void {
    if (n < this.size) return;
    this.size = n + 1;
    const size = this.size;
    this.kind = grow(this.kind, size);
    this.trashed = grow(this.trashed, size);
    this.status = grow(this.status, size);
    this.sourceKind = grow(this.sourceKind, size);
    this.outlet = grow(this.outlet, size);
    this.day = grow(this.day, size);
    this.up = grow(this.up, size, -1);
    this.source = grow(this.source, size, -1);
    this.slot = grow(this.slot, size, -1);
    this.hash = grow(this.hash, size);
    this.keys = grow(this.keys, size * KEY_WORDS);
  }

  setKey(n: number, id: string): void {
    for (let w = 0; w < KEY_WORDS; w++) {
      let value = 0;
      for (let i = w * 6; i < Math.min(id.length, w * 6 + 6); i++) value = value * 32 + (DIGIT.get(id[i] as string) ?? 0);
      this.keys[n * KEY_WORDS + w] = value;
    }
  }

  /** Whether record `a`'s id sorts after `b`'s (is newer). */
  newer(a: number, b: number): boolean {
    for (let w = 0; w < KEY_WORDS; w++) {
      const x = this.keys[a * KEY_WORDS + w] as number;
      const y = this.keys[b * KEY_WORDS + w] as number;
      if (x !== y) return x > y;
    }
    return false;
  }
}

/** FNV-1a over the parts: enough to tell an edited text from the same text again. */
export function textHash(...parts: string[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) hash = Math.imul(hash ^ part.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x1f, 0x01000193);
  }
  return hash | 0;
}
