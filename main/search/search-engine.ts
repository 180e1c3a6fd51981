import type { SearchContractInput } from './search-input';
import { SEARCH_KINDS, type SearchGroup, type SearchHit, type SearchKind } from '../../shared/api/search-views';
import { AppError } from '../../shared/api/result';
import { FullTextIndex } from './full-text-index';
import { parseQuery, type ParsedQuery } from './parse-query';
import type { ClaimSearchRecord, ClipSearchRecord, EvidenceSearchRecord, SearchChange, SourceSearchRecord, StorySearchRecord } from './search-records';
import { indexableText } from './search-text';
import { holdsPhrase, makeSnippet } from './snippet';
import { Vocabulary, type Variant } from './vocabulary';

/**
 * The search engine proper: FlexSearch indexes per kind and field, the vocabulary for prefix and
 * typo matching, and the few fields the filters need. It runs the same in the worker thread and
 * in-process (tests, the CLI), so both give the same results.
 *
 * Ranking, within a kind: every query word must match (a prefix or a typo counts, for less); each
 * word scores by how it matched (exact 1, prefix ~0.7, typo 0.5) times where (the title or the
 * claim's own words count double the body, notes and rationales), nudged by FlexSearch's order
 * (earlier in the text first); a quoted phrase must appear word for word and adds a bonus. Scores
 * are divided by the best possible, so kinds compare, and groups are ordered by their best hit.
 */

type Indexed = ClipSearchRecord | ClaimSearchRecord | SourceSearchRecord | EvidenceSearchRecord;


/** A query's filters, as the contract validated them. */
export type SearchQuery = SearchContractInput;

/** How many candidates of one kind a quoted phrase is checked against, so a common phrase stays fast. */
const PHRASE_CHECK_LIMIT = 400;
const MAIN_WEIGHT = 2;
const MORE_WEIGHT = 1;

class KindIndex<R extends Indexed> {
  readonly main = new FullTextIndex();
  readonly more = new FullTextIndex();
  readonly records = new Map<string, R>();
  /** The same records by number, for the hot loop of a search (an array beats a Map there). */
  readonly byNumber: Array<R | undefined> = [];
  private readonly numbers = new Map<string, number>();
  private readonly ids: string[] = [];

  put(record: R): void {
    this.records.set(record.id, record);
    this.byNumber[this.number(record.id)] = record;
  }

  drop(id: string): void {
    this.records.delete(id);
    const n = this.numbers.get(id);
    if (n !== undefined) this.byNumber[n] = undefined;
  }

  get count(): number {
    return this.ids.length;
  }

  number(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.ids.push(id);
      this.numbers.set(id, n);
    }
    return n;
  }

  idOf(n: number): string {
    return this.ids[n] ?? '';
  }

  numberIf(id: string): number | undefined {
    return this.numbers.get(id);
  }
}

export type ReadText = (textSha256: string) => Promise<string>;

export class SearchEngine {
  private readonly vocabulary = new Vocabulary();
  private readonly clips = new KindIndex<ClipSearchRecord>();
  private readonly claims = new KindIndex<ClaimSearchRecord>();
  private readonly sources = new KindIndex<SourceSearchRecord>();
  private readonly evidence = new KindIndex<EvidenceSearchRecord>();
  private readonly stories = new Map<string, StorySearchRecord>();

  constructor(private readonly readText: ReadText) {}

  /** Records indexed so far (stories aside). */
  get size(): number {
    return this.clips.records.size + this.claims.records.size + this.sources.records.size + this.evidence.records.size;
  }

  private index(kind: KindIndex<Indexed>, id: string, main: string, more: string): void {
    const n = kind.number(id);
    const mainText = indexableText(main);
    const moreText = indexableText(more);
    this.vocabulary.addText(mainText);
    this.vocabulary.addText(moreText);
    kind.main.set(n, mainText);
    kind.more.set(n, moreText);
  }

  /** Apply one change: index a new or edited record, or drop a deleted link. */
  async apply(change: SearchChange): Promise<void> {
    switch (change.kind) {
      case 'clip': {
        const before = this.clips.records.get(change.id);
        this.clips.put(change);
        if (before?.textSha256 === change.textSha256 && before.title === change.title) return;
        let body = '';
        try {
          body = await this.readText(change.textSha256);
        } catch {
          // A missing body (check reports it) must not stop the rest of the notebook being searchable.
        }
        this.index(this.clips as KindIndex<Indexed>, change.id, change.title, body);
        return;
      }
      case 'claim': {
        const before = this.claims.records.get(change.id);
        this.claims.put(change);
        if (before?.text !== change.text || before.more !== change.more) this.index(this.claims as KindIndex<Indexed>, change.id, change.text, change.more);
        return;
      }
      case 'source': {
        this.sources.put(change);
        this.index(this.sources as KindIndex<Indexed>, change.id, change.title, change.more);
        return;
      }
      case 'evidence': {
        this.evidence.put(change);
        this.index(this.evidence as KindIndex<Indexed>, change.id, change.quote, change.more);
        return;
      }
      case 'evidence-removed': {
        const n = this.evidence.numberIf(change.id);
        this.evidence.drop(change.id);
        if (n !== undefined) {
          this.evidence.main.remove(n);
          this.evidence.more.remove(n);
        }
        return;
      }
      case 'story':
        this.stories.set(change.id, change);
        return;
    }
  }

  async search(query: SearchQuery): Promise<SearchGroup[]> {
    const parsed = parseQuery(query.query);
    if (parsed.words.length === 0) return [];
    const expansions = parsed.words.map((word) => this.vocabulary.expand(word.term, word.loose));
    // Every word must match something: one that matches nothing anywhere means no results at all.
    if (expansions.some((variants) => variants.length === 0)) return [];
    const matched = new Set(expansions.flatMap((variants) => variants.map((variant) => variant.term)));
    const filter = this.filterFor(query);
    const groups: SearchGroup[] = [];
    for (const kind of query.kinds ?? SEARCH_KINDS) {
      if (!filter.appliesTo(kind)) continue;
      const group = await this.searchKind(kind, expansions, parsed, matched, filter, query.limit);
      if (group.total > 0) groups.push(group);
    }
    const order = (kind: SearchKind) => SEARCH_KINDS.indexOf(kind);
    return groups.sort((a, b) => (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0) || order(a.kind) - order(b.kind));
  }

  private kindIndex(kind: SearchKind): KindIndex<Indexed> {
    return (kind === 'clip' ? this.clips : kind === 'claim' ? this.claims : kind === 'source' ? this.sources : this.evidence) as KindIndex<Indexed>;
  }

  /**
   * Every record matching all the query's words, with its score: per word the best of its variants
   * and fields, summed over the words. Typed arrays indexed by record number, because a common word
   * can match every one of 100k records and a Map per word would be the slowest part of a search.
   */
  private match(kind: KindIndex<Indexed>, expansions: readonly Variant[][]): { numbers: number[]; total: Float64Array } {
    const size = kind.count;
    const total = new Float64Array(size);
    const words = new Uint8Array(size);
    const best = new Float32Array(size);
    let touched: number[] = [];
    expansions.forEach((variants, k) => {
      touched = [];
      for (const variant of variants) {
        for (const [field, weight] of [[kind.main, MAIN_WEIGHT], [kind.more, MORE_WEIGHT]] as const) {
          const found = field.find(variant.term);
          const count = found.length;
          for (let i = 0; i < count; i++) {
            const n = found[i] as number;
            // Only records that matched every earlier word can still match them all.
            if (words[n] !== k) continue;
            const score = variant.quality * weight * (1 - (0.1 * i) / count);
            if (best[n] === 0) touched.push(n);
            if (score > (best[n] ?? 0)) best[n] = score;
          }
        }
      }
      for (const n of touched) {
        words[n] = k + 1;
        total[n] = (total[n] ?? 0) + (best[n] ?? 0);
        best[n] = 0;
      }
    });
    return { numbers: touched, total };
  }

  private async searchKind(
    kind: SearchKind,
    expansions: readonly Variant[][],
    parsed: ParsedQuery,
    matched: ReadonlySet<string>,
    filter: Filter,
    limit: number,
  ): Promise<SearchGroup> {
    const index = this.kindIndex(kind);
    const { numbers, total } = this.match(index, expansions);
    const best = expansions.length * MAIN_WEIGHT + (parsed.phrases.length > 0 ? 1 : 0);
    const keep = parsed.phrases.length > 0 ? PHRASE_CHECK_LIMIT : limit;
    const top = new TopRecords(keep);
    let count = 0;
    for (const n of numbers) {
      const record = index.byNumber[n];
      if (record === undefined || !filter.accepts(record)) continue;
      count++;
      top.offer(record, total[n] ?? 0);
    }
    let ranked = top.sorted();
    if (parsed.phrases.length > 0) {
      ranked = await this.withPhrases(ranked, parsed.phrases);
      count = ranked.length;
    }
    const hits: SearchHit[] = [];
    for (const { record, score } of ranked.slice(0, limit)) hits.push(await this.hit(record, Math.min(1, score / best), matched, parsed.phrases));
    return { kind, hits, total: count };
  }

  private async withPhrases(ranked: Array<{ record: Indexed; score: number }>, phrases: readonly string[][]) {
    const kept: Array<{ record: Indexed; score: number }> = [];
    for (const entry of ranked) {
      const text = await this.fullText(entry.record);
      if (phrases.every((phrase) => holdsPhrase(text, phrase))) kept.push({ record: entry.record, score: entry.score + 1 });
    }
    return kept;
  }

  private async body(clip: ClipSearchRecord): Promise<string> {
    try {
      return await this.readText(clip.textSha256);
    } catch {
      return '';
    }
  }

  private async fullText(record: Indexed): Promise<string> {
    switch (record.kind) {
      case 'clip':
        return `${record.title}\n${await this.body(record)}`;
      case 'claim':
        return `${record.text}\n${record.more}`;
      case 'source':
        return `${record.title}\n${record.more}`;
      case 'evidence':
        return `${record.quote}\n${record.more}`;
    }
  }

  private async hit(record: Indexed, score: number, matched: ReadonlySet<string>, phrases: readonly string[][]): Promise<SearchHit> {
    const round = Math.round(score * 1000) / 1000;
    switch (record.kind) {
      case 'clip': {
        const inBody = makeSnippet(await this.body(record), matched, phrases);
        const snippet = inBody?.snippet ?? makeSnippet(record.title, matched, phrases)?.snippet ?? { text: record.title, highlights: [] };
        const hit: SearchHit = { kind: 'clip', id: record.id, title: record.title, snippet, score: round, clipId: record.id, date: record.date };
        if (inBody) hit.passage = inBody.match;
        if (record.outlet) hit.outlet = record.outlet;
        return hit;
      }
      case 'claim': {
        const snippet = (makeSnippet(record.text, matched, phrases) ?? makeSnippet(record.more, matched, phrases))?.snippet ?? { text: record.text, highlights: [] };
        const hit: SearchHit = { kind: 'claim', id: record.id, title: record.text, snippet, score: round, claimId: record.id, status: record.status, date: record.date };
        if (record.clipId !== null) hit.clipId = record.clipId;
        if (record.passage && record.clipId !== null) hit.passage = record.passage;
        if (record.outlet) hit.outlet = record.outlet;
        return hit;
      }
      case 'source': {
        const snippet = (makeSnippet(record.title, matched, phrases) ?? makeSnippet(record.more, matched, phrases))?.snippet ?? { text: record.title, highlights: [] };
        const hit: SearchHit = { kind: 'source', id: record.id, title: record.title, snippet, score: round, sourceId: record.id, sourceKind: record.sourceKind, date: record.date };
        if (record.clipId) hit.clipId = record.clipId;
        if (record.outlet) hit.outlet = record.outlet;
        return hit;
      }
      case 'evidence': {
        const source = this.sources.records.get(record.sourceId);
        const claim = this.claims.records.get(record.claimId);
        const text = record.quote || record.more;
        const snippet = (makeSnippet(record.quote, matched, phrases) ?? makeSnippet(record.more, matched, phrases))?.snippet ?? { text, highlights: [] };
        const title = `${record.stance === 'supports' ? 'Supports' : record.stance === 'contradicts' ? 'Contradicts' : 'Context'}: ${source?.title ?? 'a source'}`;
        const hit: SearchHit = { kind: 'evidence', id: record.id, title, snippet, score: round, claimId: record.claimId, sourceId: record.sourceId, date: record.date };
        if (source?.clipId) {
          hit.clipId = source.clipId;
          if (record.passage) hit.passage = record.passage;
        }
        if (claim) hit.status = claim.status;
        if (source) hit.sourceKind = source.sourceKind;
        if (source?.outlet) hit.outlet = source.outlet;
        return hit;
      }
    }
  }

  private filterFor(query: SearchQuery): Filter {
    return new Filter(query, {
      claim: (id) => this.claims.records.get(id),
      source: (id) => this.sources.records.get(id),
      story: (id) => this.stories.get(id),
      evidence: () => this.evidence.records.values(),
    });
  }
}

interface Lookups {
  claim(id: string): ClaimSearchRecord | undefined;
  source(id: string): SourceSearchRecord | undefined;
  story(id: string): StorySearchRecord | undefined;
  evidence(): Iterable<EvidenceSearchRecord>;
}

/**
 * The filters of one query. Status applies to claims and to evidence (through its claim); source kind
 * to sources and evidence (through its source); outlet to clips (site name), claims (their clip's),
 * sources (publisher) and evidence (its source's); the date range to each record's date (a clip's
 * published or captured day; a claim's clip's, or its creation); the story to what was added to it,
 * claims marked in its clips, and the evidence and sources linked to those claims. A kind a filter
 * cannot apply to is left out while that filter is set. Trashed records are never found.
 */
class Filter {
  private readonly storyClaims: Set<string> | undefined;
  private readonly storyClips: Set<string> | undefined;
  private storySources: Set<string> | undefined;
  private readonly outlet: string | undefined;

  constructor(
    private readonly query: SearchQuery,
    private readonly lookups: Lookups,
  ) {
    if (query.storyId !== undefined) {
      const story = lookups.story(query.storyId);
      if (story === undefined) throw new AppError('not_found', 'That story no longer exists, so search cannot filter by it. Pick another story or clear the filter.');
      this.storyClaims = new Set(story.claimIds);
      this.storyClips = new Set(story.clipIds);
    }
    this.outlet = query.outlet === undefined || query.outlet === '' ? undefined : query.outlet.toLocaleLowerCase();
  }

  appliesTo(kind: SearchKind): boolean {
    if (this.query.status !== undefined && this.query.status.length > 0 && (kind === 'clip' || kind === 'source')) return false;
    if (this.query.sourceKind !== undefined && (kind === 'clip' || kind === 'claim')) return false;
    return true;
  }

  private claimInStory(claim: ClaimSearchRecord): boolean {
    return (this.storyClaims?.has(claim.id) ?? true) || (claim.clipId !== null && (this.storyClips?.has(claim.clipId) ?? false));
  }

  private sourceInStory(sourceId: string): boolean {
    if (this.storySources === undefined) {
      this.storySources = new Set();
      for (const link of this.lookups.evidence()) {
        const claim = this.lookups.claim(link.claimId);
        if (!link.trashed && claim && !claim.trashed && this.claimInStory(claim)) this.storySources.add(link.sourceId);
      }
    }
    return this.storySources.has(sourceId);
  }

  private dateOk(date: string): boolean {
    const day = date.slice(0, 10);
    if (this.query.from !== undefined && day < this.query.from.slice(0, 10)) return false;
    if (this.query.to !== undefined && day > this.query.to.slice(0, 10)) return false;
    return true;
  }

  private outletOk(outlet: string | undefined): boolean {
    return this.outlet === undefined || (outlet !== undefined && outlet.toLocaleLowerCase().includes(this.outlet));
  }

  private statusOk(status: string | undefined): boolean {
    const wanted = this.query.status;
    return wanted === undefined || wanted.length === 0 || (status !== undefined && (wanted as readonly string[]).includes(status));
  }

  accepts(record: Indexed): boolean {
    if (!this.dateOk(record.date)) return false;
    switch (record.kind) {
      case 'clip':
        return this.outletOk(record.outlet) && (this.storyClips?.has(record.id) ?? true);
      case 'claim':
        return !record.trashed && this.statusOk(record.status) && this.outletOk(record.outlet) && (this.storyClips === undefined || this.claimInStory(record));
      case 'source':
        return !record.trashed && (this.query.sourceKind === undefined || record.sourceKind === this.query.sourceKind) && this.outletOk(record.outlet) && (this.storyClips === undefined || this.sourceInStory(record.id));
      case 'evidence': {
        const claim = this.lookups.claim(record.claimId);
        const source = this.lookups.source(record.sourceId);
        if (record.trashed || claim === undefined || claim.trashed || source === undefined || source.trashed) return false;
        if (this.query.sourceKind !== undefined && source.sourceKind !== this.query.sourceKind) return false;
        return this.statusOk(claim.status) && this.outletOk(source.outlet) && (this.storyClips === undefined || this.claimInStory(claim));
      }
    }
  }
}



/**
 * The best `size` records seen, kept sorted as they are offered (best score first; ties newest
 * first, as ULIDs sort by creation time), so a search never sorts every match of a common word.
 */
class TopRecords {
  private readonly items: Array<{ record: Indexed; score: number }> = [];

  constructor(private readonly size: number) {}

  private static before(a: { record: Indexed; score: number }, b: { record: Indexed; score: number }): boolean {
    return a.score > b.score || (a.score === b.score && a.record.id > b.record.id);
  }

  offer(record: Indexed, score: number): void {
    const entry = { record, score };
    const last = this.items[this.items.length - 1];
    if (this.items.length >= this.size && last !== undefined && !TopRecords.before(entry, last)) return;
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (TopRecords.before(this.items[mid] as { record: Indexed; score: number }, entry)) lo = mid + 1;
      else hi = mid;
    }
    this.items.splice(lo, 0, entry);
    if (this.items.length > this.size) this.items.pop();
  }

  sorted(): Array<{ record: Indexed; score: number }> {
    return this.items;
  }
}
