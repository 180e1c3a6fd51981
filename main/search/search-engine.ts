import type { SearchContractInput } from './search-input';
import { SEARCH_KINDS, type SearchKind } from '../../shared/api/search-views';
import type { IndexChange, IndexEntry } from './index-entry';
import { parseQuery } from './parse-query';
import { dayNumber, KIND_CODES, KIND_OF_CODE, RecordTable, textHash } from './record-table';
import { SearchFilter, type StoryMembers } from './search-filter';
import { terms } from './search-text';
import { holdsPhrase, makeSnippet, type SnippetResult } from './snippet';
import { TopRecords } from './top-records';
import { Vocabulary, type Variant } from './vocabulary';
import { BUCKETS, MAIN_FIELD, MORE_FIELD, WordIndex } from './word-index';

/**
 * The search engine proper: the word index, the vocabulary for prefix and typo matching, and the
 * few fields the filters need. It runs the same in the worker thread and in-process (tests, the
 * CLI), so both give the same results. It knows records by number only and keeps no text but clip
 * titles: the search service turns its ranked numbers into hits from the notebook (search-hits.ts).
 *
 * Ranking, within a kind: every query word must match (a prefix or a typo counts, for less); each
 * word scores by how it matched (exact 1, prefix ~0.7, typo 0.5) times where (the title or the
 * claim's own words count double the body, notes and rationales), nudged down by up to a tenth the
 * later in the field it first appears; a quoted phrase must appear word for word and adds 1.
 * The service divides scores by the best possible, so kinds compare.
 */

/** A query's filters, as the contract validated them. */
export type SearchQuery = SearchContractInput;

export type ReadText = (textSha256: string) => Promise<string>;

/** How many candidates of one kind a quoted phrase is checked against, so a common phrase stays fast. */
export const PHRASE_CHECK_LIMIT = 400;
export const MAIN_WEIGHT = 2;
const MORE_WEIGHT = 1;
/** Clip bodies read at once while checking a phrase. */
const READ_BATCH = 16;

export interface RankedRecord {
  n: number;
  /** Raw score: the sum over words, plus 1 when the phrases were checked and hold. */
  score: number;
  /** For a clip: the excerpt of its body around the first match, and where that match is. */
  body?: SnippetResult;
}

export interface KindMatches {
  kind: SearchKind;
  /** Matches in all (for phrases: among the candidates checked). */
  total: number;
  /** Best first: up to the limit, or for unchecked phrases up to PHRASE_CHECK_LIMIT candidates. */
  ranked: RankedRecord[];
  /** False when the query has phrases the caller must still check (records whose text is not here). */
  phrasesChecked: boolean;
}

export interface EngineAnswer {
  /** Every indexed word a query word was taken to mean, for marking snippets. */
  matched: string[];
  kinds: KindMatches[];
}

export class SearchEngine {
  private readonly vocabulary = new Vocabulary();
  private readonly postings = new WordIndex();
  private readonly table = new RecordTable();
  private readonly stories = new Map<string, StoryMembers>();
  /** Per slot of the posting index: the record it is a version of. */
  private slotRecord = new Int32Array(1024);
  private indexed = 0;
  // Per-slot work arrays, kept between searches (one runs at a time) and cleared after each.
  private total = new Float64Array(0);
  private best = new Float32Array(0);
  private words = new Uint16Array(0);

  constructor(private readonly readText: ReadText) {}

  /** Records indexed so far (stories aside). */
  get size(): number {
    return this.indexed;
  }

  private async body(sha: string | undefined): Promise<string> {
    if (sha === undefined) return '';
    try {
      return await this.readText(sha);
    } catch {
      // A missing body (check reports it) must not stop the rest of the notebook being searchable.
      return '';
    }
  }

  private async put(entry: IndexEntry): Promise<void> {
    const t = this.table;
    const n = entry.n;
    t.ensure(n);
    if (t.kind[n] === 0) {
      this.indexed++;
      t.setKey(n, entry.id);
    }
    t.kind[n] = KIND_CODES[entry.kind];
    t.trashed[n] = entry.trashed ? 1 : 0;
    t.status[n] = t.statuses.code(entry.status);
    t.sourceKind[n] = t.sourceKinds.code(entry.sourceKind);
    t.outlet[n] = t.outlets.code(entry.outlet);
    t.day[n] = dayNumber(entry.date);
    t.up[n] = entry.up;
    t.source[n] = entry.source;
    if (entry.kind === 'clip') {
      t.titles.set(n, entry.main);
      if (entry.textSha256 !== undefined) t.shas.set(n, entry.textSha256);
    }
    const hash = textHash(entry.main, entry.more, entry.textSha256 ?? '');
    if ((t.slot[n] as number) >= 0 && t.hash[n] === hash) return;
    const main = terms(entry.main);
    const more = terms(entry.kind === 'clip' ? await this.body(entry.textSha256) : entry.more);
    this.vocabulary.addWords(main);
    this.vocabulary.addWords(more);
    this.postings.kill(t.slot[n] as number);
    const slot = this.postings.add(main, more);
    if (slot >= this.slotRecord.length) {
      const grown = new Int32Array(this.slotRecord.length * 2);
      grown.set(this.slotRecord);
      this.slotRecord = grown;
    }
    this.slotRecord[slot] = n;
    t.slot[n] = slot;
    t.hash[n] = hash;
  }

  /** Apply one change: index a new or edited record or story, or drop a record gone for good. */
  async apply(change: IndexChange): Promise<void> {
    switch (change.kind) {
      case 'story':
        this.stories.set(change.id, { clips: new Set(change.clips), claims: new Set(change.claims) });
        return;
      case 'removed': {
        const t = this.table;
        if (change.n >= t.size || t.kind[change.n] === 0) return;
        this.postings.kill(t.slot[change.n] as number);
        t.kind[change.n] = 0;
        t.slot[change.n] = -1;
        t.titles.delete(change.n);
        t.shas.delete(change.n);
        this.indexed--;
        return;
      }
      default:
        return this.put(change);
    }
  }

  /** Versions of edited or removed records still in the word index (skipped by searches). */
  get deadVersions(): number {
    return this.postings.deadCount;
  }

  /** Remove dead versions from the word index for about `budgetMs`; returns how many remain. */
  sweep(budgetMs: number): number {
    return this.postings.sweep(budgetMs);
  }

  async search(query: SearchQuery): Promise<EngineAnswer> {
    const parsed = parseQuery(query.query);
    if (parsed.words.length === 0) return { matched: [], kinds: [] };
    const expansions = parsed.words.map((word) => this.vocabulary.expand(word.term, word.loose));
    // Every word must match something: one that matches nothing anywhere means no results at all.
    if (expansions.some((variants) => variants.length === 0)) return { matched: [], kinds: [] };
    const matched = new Set(expansions.flatMap((variants) => variants.map((variant) => variant.term)));
    const filter = new SearchFilter(query, this.table, this.stories);
    const kinds = (query.kinds ?? SEARCH_KINDS).filter((kind) => filter.appliesTo(kind));
    const hasPhrases = parsed.phrases.length > 0;
    const keep = hasPhrases ? PHRASE_CHECK_LIMIT : query.limit;
    const tops = new Map(kinds.map((kind) => [KIND_CODES[kind], new TopRecords(keep, this.table)]));
    const counts = new Map(kinds.map((kind) => [KIND_CODES[kind], 0]));
    const { matching, cleared } = this.match(expansions);
    const t = this.table;
    for (const slot of matching) {
      const n = this.slotRecord[slot] as number;
      if (t.slot[n] !== slot) continue;
      const kind = t.kind[n] as number;
      const top = tops.get(kind);
      if (top === undefined || !filter.accepts(n, kind)) continue;
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      top.offer(n, this.total[slot] as number);
    }
    for (const slot of cleared) {
      this.total[slot] = 0;
      this.words[slot] = 0;
    }
    const answers: KindMatches[] = [];
    for (const [code, top] of tops) {
      const kind = KIND_OF_CODE[code] as SearchKind;
      let ranked: RankedRecord[] = top.items;
      let total = counts.get(code) ?? 0;
      const checked = !hasPhrases || kind === 'clip';
      if (hasPhrases && kind === 'clip') {
        ranked = await this.clipsWithPhrases(ranked, parsed.phrases);
        total = ranked.length;
      }
      if (checked) ranked = ranked.slice(0, query.limit);
      if (kind === 'clip') ranked = await this.withBodies(ranked, matched, parsed.phrases);
      if (total > 0) answers.push({ kind, total, ranked, phrasesChecked: checked });
    }
    return { matched: [...matched], kinds: answers };
  }

  private ensureWork(size: number): void {
    if (this.total.length >= size) return;
    const length = Math.max(1024, size * 2);
    this.total = new Float64Array(length);
    this.best = new Float32Array(length);
    this.words = new Uint16Array(length);
  }

  /**
   * The slots matching all the query's words, with their scores in `total`: per word the best of
   * its variants and fields, summed over the words. `cleared` lists every slot whose work entries
   * the caller must reset (those that matched the first word).
   */
  private match(expansions: readonly Variant[][]): { matching: number[]; cleared: number[] } {
    this.ensureWork(this.postings.slotCount);
    const { total, best, words } = this;
    let first: number[] = [];
    let touched: number[] = [];
    expansions.forEach((variants, k) => {
      touched = [];
      for (const variant of variants) {
        for (const field of [MAIN_FIELD, MORE_FIELD]) {
          const weight = variant.quality * (field === MAIN_FIELD ? MAIN_WEIGHT : MORE_WEIGHT);
          this.postings.find(variant.term, field).forEach((slots, bucket) => {
            if (slots === undefined) return;
            const score = weight * (1 - (0.1 * bucket) / BUCKETS);
            for (const slot of slots) {
              // Only slots that matched every earlier word can still match them all.
              if (words[slot] !== k) continue;
              if (best[slot] === 0) touched.push(slot);
              if (score > (best[slot] as number)) best[slot] = score;
            }
          });
        }
      }
      for (const slot of touched) {
        words[slot] = k + 1;
        total[slot] = (total[slot] as number) + (best[slot] as number);
        best[slot] = 0;
      }
      if (k === 0) first = touched;
    });
    return { matching: touched, cleared: first };
  }

  private shaOf(n: number): string | undefined {
    return this.table.shas.get(n);
  }

  private async clipsWithPhrases(ranked: readonly RankedRecord[], phrases: readonly string[][]): Promise<RankedRecord[]> {
    const kept: RankedRecord[] = [];
    for (let i = 0; i < ranked.length; i += READ_BATCH) {
      const batch = ranked.slice(i, i + READ_BATCH);
      const texts = await Promise.all(batch.map(async ({ n }) => `${this.table.titles.get(n) ?? ''}\n${await this.body(this.shaOf(n))}`));
      batch.forEach((entry, k) => {
        if (phrases.every((phrase) => holdsPhrase(texts[k] as string, phrase))) kept.push({ n: entry.n, score: entry.score + 1 });
      });
    }
    return kept;
  }

  private async withBodies(ranked: readonly RankedRecord[], matched: ReadonlySet<string>, phrases: readonly string[][]): Promise<RankedRecord[]> {
    return Promise.all(
      ranked.map(async (entry) => {
        const body = makeSnippet(await this.body(this.shaOf(entry.n)), matched, phrases);
        return body ? { ...entry, body } : { n: entry.n, score: entry.score };
      }),
    );
  }
}
