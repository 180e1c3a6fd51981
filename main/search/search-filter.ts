import { AppError } from '../../shared/api/result';
import type { SearchKind } from '../../shared/api/search-views';
import { dayNumber, KIND_CODES, type RecordTable } from './record-table';
import type { SearchQuery } from './search-engine';

export interface StoryMembers {
  clips: ReadonlySet<number>;
  claims: ReadonlySet<number>;
}

const CLIP = KIND_CODES.clip;
const CLAIM = KIND_CODES.claim;
const SOURCE = KIND_CODES.source;
const EVIDENCE = KIND_CODES.evidence;

/**
 * The filters of one query, over the record table. Status applies to claims and to evidence
 * (through its claim); source kind to sources and evidence (through its source); outlet to clips
 * (site name), claims (their clip's), sources (publisher) and evidence (its source's); the date
 * range to each record's date (a clip's published or captured day; a claim's clip's, or its
 * creation); the story to what was added to it, claims marked in its clips, and the evidence and
 * sources linked to those claims. A kind a filter cannot apply to is left out while that filter is
 * set. Trashed records are never found.
 */
export class SearchFilter {
  private readonly story: StoryMembers | undefined;
  private storySources: Set<number> | undefined;
  /** Per outlet code: whether it matches the outlet filter (undefined: no outlet filter). */
  private readonly outlets: Uint8Array | undefined;
  /** Per status code: whether it is wanted (undefined: no status filter). */
  private readonly statuses: Uint8Array | undefined;
  /** The wanted source kind's code (-1: one no record has; undefined: no filter). */
  private readonly sourceKind: number | undefined;
  private readonly from: number;
  private readonly to: number;

  constructor(
    private readonly query: SearchQuery,
    private readonly table: RecordTable,
    stories: ReadonlyMap<string, StoryMembers>,
  ) {
    if (query.storyId !== undefined) {
      this.story = stories.get(query.storyId);
      if (this.story === undefined) throw new AppError('not_found', 'That story no longer exists, so search cannot filter by it. Pick another story or clear the filter.');
    }
    const outlet = query.outlet === undefined || query.outlet === '' ? undefined : query.outlet.toLocaleLowerCase();
    if (outlet !== undefined) this.outlets = Uint8Array.from(table.outlets.names, (name, code) => (code > 0 && name.toLocaleLowerCase().includes(outlet) ? 1 : 0));
    if (query.status !== undefined && query.status.length > 0) {
      const wanted = query.status as readonly string[];
      this.statuses = Uint8Array.from(table.statuses.names, (name, code) => (code > 0 && wanted.includes(name) ? 1 : 0));
    }
    if (query.sourceKind !== undefined) this.sourceKind = table.sourceKinds.find(query.sourceKind) ?? -1;
    this.from = query.from === undefined ? -Infinity : dayNumber(query.from);
    this.to = query.to === undefined ? Infinity : dayNumber(query.to);
  }

  appliesTo(kind: SearchKind): boolean {
    if (this.statuses !== undefined && (kind === 'clip' || kind === 'source')) return false;
    if (this.query.sourceKind !== undefined && (kind === 'clip' || kind === 'claim')) return false;
    return true;
  }

  private outletOk(code: number): boolean {
    return this.outlets === undefined || this.outlets[code] === 1;
  }

  private statusOk(code: number): boolean {
    return this.statuses === undefined || this.statuses[code] === 1;
  }

  private claimInStory(claim: number): boolean {
    const story = this.story;
    if (story === undefined) return true;
    const clip = this.table.up[claim] as number;
    return story.claims.has(claim) || (clip >= 0 && story.clips.has(clip));
  }

  /** A live claim (or source) the record table holds, not in the trash. */
  private present(n: number, kind: number): boolean {
    return n >= 0 && this.table.kind[n] === kind && this.table.trashed[n] === 0;
  }

  private sourceInStory(source: number): boolean {
    if (this.storySources === undefined) {
      const found = new Set<number>();
      const t = this.table;
      for (let n = 0; n < t.size; n++) {
        if (t.kind[n] !== EVIDENCE || t.trashed[n] === 1) continue;
        const claim = t.up[n] as number;
        if (this.present(claim, CLAIM) && this.claimInStory(claim)) found.add(t.source[n] as number);
      }
      this.storySources = found;
    }
    return this.storySources.has(source);
  }

  /** Whether record `n` (of kind code `kind`) passes every filter. */
  accepts(n: number, kind: number): boolean {
    const t = this.table;
    const day = t.day[n] as number;
    if (day < this.from || day > this.to) return false;
    switch (kind) {
      case CLIP:
        return this.outletOk(t.outlet[n] as number) && (this.story === undefined || this.story.clips.has(n));
      case CLAIM:
        return t.trashed[n] === 0 && this.statusOk(t.status[n] as number) && this.outletOk(t.outlet[n] as number) && this.claimInStory(n);
      case SOURCE:
        return t.trashed[n] === 0 && (this.sourceKind === undefined || t.sourceKind[n] === this.sourceKind) && this.outletOk(t.outlet[n] as number) && (this.story === undefined || this.sourceInStory(n));
      case EVIDENCE: {
        const claim = t.up[n] as number;
        const source = t.source[n] as number;
        if (t.trashed[n] === 1 || !this.present(claim, CLAIM) || !this.present(source, SOURCE)) return false;
        if (this.sourceKind !== undefined && t.sourceKind[source] !== this.sourceKind) return false;
        return this.statusOk(t.status[claim] as number) && this.outletOk(t.outlet[source] as number) && this.claimInStory(claim);
      }
      default:
        return false;
    }
  }
}
