import { SEARCH_KINDS, type SearchGroup, type SearchHit, type SearchKind } from '../../shared/api/search-views';
import type { NotebookData } from '../../shared/domain/notebook-data';
import type { DeepReadonly } from '../store/notebook-store';
import { MAIN_WEIGHT, type EngineAnswer, type KindMatches, type RankedRecord, type SearchQuery } from './search-engine';
import { parseQuery } from './parse-query';
import type { RecordNumbers } from './record-numbers';
import { claimSearchRecord, clipSearchRecord, evidenceSearchRecord, sourceSearchRecord, type ClaimSearchRecord, type ClipSearchRecord, type EvidenceSearchRecord, type SourceSearchRecord } from './search-records';
import { holdsPhrase, makeSnippet } from './snippet';

/**
 * The engine's ranked record numbers as the hits a reporter sees, on the main thread, from the
 * notebook as it is now: titles, excerpts with the matched words marked, where to open each, and a
 * score from 0 to 1 (divided by the best possible, so kinds compare); groups are ordered by their
 * best hit. Quoted phrases in claims, sources and evidence are checked here, where their text is
 * (the engine keeps none; it checks clips, whose text it reads from their files).
 */

type Data = DeepReadonly<NotebookData>;
type Found = ClipSearchRecord | ClaimSearchRecord | SourceSearchRecord | EvidenceSearchRecord;

function recordOf(kind: SearchKind, id: string, data: Data): Found | undefined {
  switch (kind) {
    case 'clip': {
      const clip = data.clips[id];
      return clip && clipSearchRecord(clip);
    }
    case 'claim': {
      const claim = data.claims[id];
      return claim && claimSearchRecord(claim, data);
    }
    case 'source': {
      const source = data.sources[id];
      return source && sourceSearchRecord(source);
    }
    case 'evidence': {
      const evidence = data.evidence[id];
      return evidence && evidenceSearchRecord(evidence);
    }
  }
}

function fullText(record: Found): string {
  switch (record.kind) {
    case 'clip':
      return record.title;
    case 'claim':
      return `${record.text}\n${record.more}`;
    case 'source':
      return `${record.title}\n${record.more}`;
    case 'evidence':
      return `${record.quote}\n${record.more}`;
  }
}

function hitFor(found: Found, ranked: RankedRecord, score: number, matched: ReadonlySet<string>, phrases: readonly string[][], data: Data): SearchHit {
  const round = Math.round(score * 1000) / 1000;
  switch (found.kind) {
    case 'clip': {
      const inBody = ranked.body;
      const snippet = inBody?.snippet ?? makeSnippet(found.title, matched, phrases)?.snippet ?? { text: found.title, highlights: [] };
      const hit: SearchHit = { kind: 'clip', id: found.id, title: found.title, snippet, score: round, clipId: found.id, date: found.date };
      if (inBody) hit.passage = inBody.match;
      if (found.outlet) hit.outlet = found.outlet;
      return hit;
    }
    case 'claim': {
      const snippet = (makeSnippet(found.text, matched, phrases) ?? makeSnippet(found.more, matched, phrases))?.snippet ?? { text: found.text, highlights: [] };
      const hit: SearchHit = { kind: 'claim', id: found.id, title: found.text, snippet, score: round, claimId: found.id, status: found.status, date: found.date };
      if (found.clipId !== null) hit.clipId = found.clipId;
      if (found.passage && found.clipId !== null) hit.passage = found.passage;
      if (found.outlet) hit.outlet = found.outlet;
      return hit;
    }
    case 'source': {
      const snippet = (makeSnippet(found.title, matched, phrases) ?? makeSnippet(found.more, matched, phrases))?.snippet ?? { text: found.title, highlights: [] };
      const hit: SearchHit = { kind: 'source', id: found.id, title: found.title, snippet, score: round, sourceId: found.id, sourceKind: found.sourceKind, date: found.date };
      if (found.clipId) hit.clipId = found.clipId;
      if (found.outlet) hit.outlet = found.outlet;
      return hit;
    }
    case 'evidence': {
      const sourceEntity = data.sources[found.sourceId];
      const source = sourceEntity && sourceSearchRecord(sourceEntity);
      const claim = data.claims[found.claimId];
      const text = found.quote || found.more;
      const snippet = (makeSnippet(found.quote, matched, phrases) ?? makeSnippet(found.more, matched, phrases))?.snippet ?? { text, highlights: [] };
      const title = `${found.stance === 'supports' ? 'Supports' : found.stance === 'contradicts' ? 'Contradicts' : 'Context'}: ${source?.title ?? 'a source'}`;
      const hit: SearchHit = { kind: 'evidence', id: found.id, title, snippet, score: round, claimId: found.claimId, sourceId: found.sourceId, date: found.date };
      if (source?.clipId) {
        hit.clipId = source.clipId;
        if (found.passage) hit.passage = found.passage;
      }
      if (claim) hit.status = claim.status;
      if (source) hit.sourceKind = source.sourceKind;
      if (source?.outlet) hit.outlet = source.outlet;
      return hit;
    }
  }
}

function groupFor(matches: KindMatches, query: SearchQuery, phrases: readonly string[][], best: number, matched: ReadonlySet<string>, data: Data, numbers: RecordNumbers): SearchGroup {
  const hits: SearchHit[] = [];
  let total = matches.total;
  let kept = 0;
  for (const ranked of matches.ranked) {
    const id = numbers.idOf(ranked.n);
    const found = id === undefined ? undefined : recordOf(matches.kind, id, data);
    if (found === undefined) continue;
    let score = ranked.score;
    if (!matches.phrasesChecked) {
      if (!phrases.every((phrase) => holdsPhrase(fullText(found), phrase))) continue;
      score += 1;
      kept++;
    }
    if (hits.length < query.limit) hits.push(hitFor(found, ranked, Math.min(1, score / best), matched, phrases, data));
  }
  if (!matches.phrasesChecked) total = kept;
  return { kind: matches.kind, hits, total };
}

export function searchGroups(answer: EngineAnswer, query: SearchQuery, data: Data, numbers: RecordNumbers): SearchGroup[] {
  const parsed = parseQuery(query.query);
  const best = parsed.words.length * MAIN_WEIGHT + (parsed.phrases.length > 0 ? 1 : 0);
  const matched = new Set(answer.matched);
  const groups = answer.kinds.map((matches) => groupFor(matches, query, parsed.phrases, best, matched, data, numbers)).filter((group) => group.total > 0);
  const order = (kind: SearchKind) => SEARCH_KINDS.indexOf(kind);
  return groups.sort((a, b) => (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0) || order(a.kind) - order(b.kind));
}
