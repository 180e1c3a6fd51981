import type { Claim, Clip, Evidence, Source, SourceKind, Stance, Story } from '../../shared/domain/entities';
import type { NotebookData } from '../../shared/domain/notebook-data';
import type { Op } from '../../shared/domain/ops';
import type { Status } from '../../shared/domain/status';
import type { DeepReadonly } from '../store/notebook-store';
import type { IndexChange } from './index-entry';
import type { RecordNumbers } from './record-numbers';

/**
 * Each record as search sees it: the words to index and the fields the filters and hits need (a
 * clip's text is read from its body file). The service sends them to the engine as numbered index
 * entries (`indexChange`), and builds hits from them (search-hits.ts).
 */

export interface ClipSearchRecord {
  kind: 'clip';
  id: string;
  title: string;
  textSha256: string;
  outlet?: string;
  /** Published date when the page gave a readable one, else when it was captured (ISO). */
  date: string;
}

export interface ClaimSearchRecord {
  kind: 'claim';
  id: string;
  clipId: string | null;
  text: string;
  /** The note and every rationale of its history. */
  more: string;
  status: Status;
  trashed: boolean;
  passage?: { start: number; end: number };
  outlet?: string;
  date: string;
}

export interface SourceSearchRecord {
  kind: 'source';
  id: string;
  title: string;
  /** Publisher, author, notes, role and the reliability reason. */
  more: string;
  sourceKind: SourceKind;
  outlet?: string;
  clipId?: string;
  trashed: boolean;
  date: string;
}

export interface EvidenceSearchRecord {
  kind: 'evidence';
  id: string;
  claimId: string;
  sourceId: string;
  stance: Stance;
  quote: string;
  /** The note and the locator. */
  more: string;
  trashed: boolean;
  passage?: { start: number; end: number };
  date: string;
}

export interface StorySearchRecord {
  kind: 'story';
  id: string;
  clipIds: string[];
  claimIds: string[];
}

export type SearchRecord = ClipSearchRecord | ClaimSearchRecord | SourceSearchRecord | EvidenceSearchRecord | StorySearchRecord;
/** A change to apply: a record's current state, or a link deleted for good. */
export type SearchChange = SearchRecord | { kind: 'evidence-removed'; id: string };

type Data = DeepReadonly<NotebookData>;

const join = (...parts: Array<string | undefined>) => parts.filter((part) => part !== undefined && part.trim() !== '').join(' · ');

/** A published date as ISO when it can be read as a date at all ("2024-03-01", "Fri, 1 Mar 2024 …"). */
function readableDate(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

export function clipSearchRecord(clip: DeepReadonly<Clip>): ClipSearchRecord {
  const record: ClipSearchRecord = { kind: 'clip', id: clip.id, title: clip.title, textSha256: clip.textSha256, date: readableDate(clip.publishedTime) ?? clip.capture.capturedAt };
  if (clip.siteName) record.outlet = clip.siteName;
  return record;
}

export function claimSearchRecord(claim: DeepReadonly<Claim>, data: Data): ClaimSearchRecord {
  const clip = claim.clipId === null ? undefined : data.clips[claim.clipId];
  const rationales = claim.history.filter((entry) => entry.from !== null).map((entry) => entry.rationale);
  const record: ClaimSearchRecord = {
    kind: 'claim',
    id: claim.id,
    clipId: claim.clipId,
    text: claim.text,
    more: join(claim.note, ...rationales),
    status: claim.status,
    trashed: claim.deletedAt !== undefined,
    date: clip ? clipSearchRecord(clip).date : claim.createdAt,
  };
  if (claim.anchor) record.passage = { start: claim.anchor.position.start, end: claim.anchor.position.end };
  if (clip?.siteName) record.outlet = clip.siteName;
  return record;
}

export function sourceSearchRecord(source: DeepReadonly<Source>): SourceSearchRecord {
  const record: SourceSearchRecord = {
    kind: 'source',
    id: source.id,
    title: source.title,
    more: join(source.publisher, source.author, source.notes, source.person?.role, source.reliability?.reason),
    sourceKind: source.kind,
    trashed: source.deletedAt !== undefined,
    date: readableDate(source.publishedDate) ?? source.createdAt,
  };
  if (source.publisher) record.outlet = source.publisher;
  if (source.clipId) record.clipId = source.clipId;
  return record;
}

export function evidenceSearchRecord(evidence: DeepReadonly<Evidence>): EvidenceSearchRecord {
  const record: EvidenceSearchRecord = {
    kind: 'evidence',
    id: evidence.id,
    claimId: evidence.claimId,
    sourceId: evidence.sourceId,
    stance: evidence.stance,
    quote: evidence.quote ?? '',
    more: join(evidence.note, evidence.locator),
    trashed: evidence.deletedAt !== undefined,
    date: evidence.createdAt,
  };
  if (evidence.anchor) record.passage = { start: evidence.anchor.position.start, end: evidence.anchor.position.end };
  return record;
}

export function storySearchRecord(story: DeepReadonly<Story>): StorySearchRecord {
  return { kind: 'story', id: story.id, clipIds: [...story.clipIds], claimIds: [...story.claimIds] };
}

/** The build's order: stories first (filters need them), clips last (each needs its body read). */
export const BUILD_ORDER = ['stories', 'sources', 'claims', 'evidence', 'clips'] as const;

/** Each collection's ids, listed one collection at a time by the caller (at F50k, 500k evidence ids take ~100 ms). */
export type RecordKeys = Record<(typeof BUILD_ORDER)[number], readonly string[]>;

/** How many records a full build indexes, for the progress figure. */
export function recordCount(keys: RecordKeys): number {
  return BUILD_ORDER.reduce((sum, name) => sum + keys[name].length, 0);
}

/**
 * Every record of the notebook in build order, by the ids listed before. A generator, so the caller
 * can send them in slices and yield in between. Each record is read only when it is yielded: one
 * replaced meanwhile is yielded as it now is; one deleted is skipped.
 */
export function* allSearchRecords(data: Data, keys: RecordKeys): Generator<SearchRecord> {
  for (const id of keys.stories) {
    const story = data.stories[id];
    if (story) yield storySearchRecord(story);
  }
  for (const id of keys.sources) {
    const source = data.sources[id];
    if (source) yield sourceSearchRecord(source);
  }
  for (const id of keys.claims) {
    const claim = data.claims[id];
    if (claim) yield claimSearchRecord(claim, data);
  }
  for (const id of keys.evidence) {
    const evidence = data.evidence[id];
    if (evidence) yield evidenceSearchRecord(evidence);
  }
  for (const id of keys.clips) {
    const clip = data.clips[id];
    if (clip) yield clipSearchRecord(clip);
  }
}

/**
 * What committed ops change in the index, read from the store's data after the commit (so a status
 * entry gives the claim as it now is, rationale included).
 */
export function changesFor(ops: readonly Op[], data: Data): SearchChange[] {
  const changes: SearchChange[] = [];
  for (const op of ops) {
    switch (op.type) {
      case 'clip.put': {
        const clip = data.clips[op.clip.id];
        if (clip) changes.push(clipSearchRecord(clip));
        break;
      }
      case 'claim.put':
      case 'claim.status': {
        const claim = data.claims[op.type === 'claim.put' ? op.claim.id : op.claimId];
        if (claim) changes.push(claimSearchRecord(claim, data));
        break;
      }
      case 'source.put': {
        const source = data.sources[op.source.id];
        if (source) changes.push(sourceSearchRecord(source));
        break;
      }
      case 'evidence.put': {
        const evidence = data.evidence[op.evidence.id];
        if (evidence) changes.push(evidenceSearchRecord(evidence));
        break;
      }
      case 'evidence.remove':
        changes.push({ kind: 'evidence-removed', id: op.evidenceId });
        break;
      case 'story.put': {
        const story = data.stories[op.story.id];
        if (story) changes.push(storySearchRecord(story));
        break;
      }
      case 'settings.put':
        break;
    }
  }
  return changes;
}

/** A change as the engine takes it: ids become record numbers, and only what it indexes or filters by is sent. */
export function indexChange(change: SearchChange, numbers: RecordNumbers): IndexChange {
  const none = -1;
  switch (change.kind) {
    case 'clip': {
      const entry: IndexChange = { kind: 'clip', n: numbers.of(change.id), id: change.id, main: change.title, more: '', textSha256: change.textSha256, date: change.date, trashed: false, up: none, source: none };
      if (change.outlet) entry.outlet = change.outlet;
      return entry;
    }
    case 'claim': {
      const entry: IndexChange = { kind: 'claim', n: numbers.of(change.id), id: change.id, main: change.text, more: change.more, date: change.date, status: change.status, trashed: change.trashed, up: change.clipId === null ? none : numbers.of(change.clipId), source: none };
      if (change.outlet) entry.outlet = change.outlet;
      return entry;
    }
    case 'source': {
      const entry: IndexChange = { kind: 'source', n: numbers.of(change.id), id: change.id, main: change.title, more: change.more, date: change.date, sourceKind: change.sourceKind, trashed: change.trashed, up: none, source: none };
      if (change.outlet) entry.outlet = change.outlet;
      return entry;
    }
    case 'evidence':
      return { kind: 'evidence', n: numbers.of(change.id), id: change.id, main: change.quote, more: change.more, date: change.date, trashed: change.trashed, up: numbers.of(change.claimId), source: numbers.of(change.sourceId) };
    case 'story':
      return { kind: 'story', id: change.id, clips: change.clipIds.map((id) => numbers.of(id)), claims: change.claimIds.map((id) => numbers.of(id)) };
    case 'evidence-removed':
      return { kind: 'removed', n: numbers.of(change.id) };
  }
}
