import type { MethodInput } from '../../shared/api/contract';
import type { SourceKind } from '../../shared/domain/entities';
import type { SearchKind } from '../../shared/api/search-views';
import type { Status } from '../../shared/domain/status';

/** The palette's filters as the reporter set them; empty strings mean "any". */
export interface SearchFilters {
  kind: SearchKind | '';
  status: Status[];
  storyId: string;
  sourceKind: SourceKind | '';
  from: string;
  to: string;
  outlet: string;
}

export const NO_FILTERS: SearchFilters = { kind: '', status: [], storyId: '', sourceKind: '', from: '', to: '', outlet: '' };

/** Hits per kind: a few of each when looking everywhere, more when the reporter narrowed to one kind. */
export const HITS_PER_KIND = 8;
export const HITS_ONE_KIND = 50;
export const MAX_QUERY_LENGTH = 500;

export type SearchRequest = { kind: 'idle' } | { kind: 'invalid'; problem: string } | { kind: 'ready'; input: MethodInput<'search'> };

/** How many filters narrow the search, for the "Filters (2)" summary. */
export function activeFilterCount(filters: SearchFilters): number {
  return [filters.kind, filters.status.length > 0, filters.storyId, filters.sourceKind, filters.from, filters.to, filters.outlet.trim()].filter(Boolean).length;
}

/**
 * The `search` call for what the reporter typed and chose, or why there is none. Checked here, before
 * the call, so a date range the wrong way round reads as advice rather than an empty result.
 */
export function searchRequest(query: string, filters: SearchFilters): SearchRequest {
  const q = query.trim();
  if (q === '' || q.replace(/["\s]/gu, '') === '') return { kind: 'idle' };
  if (Array.from(q).length > MAX_QUERY_LENGTH) return { kind: 'invalid', problem: `Search for at most ${MAX_QUERY_LENGTH} characters: shorten the words in the box.` };
  if (filters.from && filters.to && filters.from > filters.to) {
    return { kind: 'invalid', problem: 'The “From” date is after the “To” date: swap them or clear one.' };
  }
  const outlet = filters.outlet.trim();
  return {
    kind: 'ready',
    input: {
      query: q,
      limit: filters.kind ? HITS_ONE_KIND : HITS_PER_KIND,
      ...(filters.kind ? { kinds: [filters.kind] } : {}),
      ...(filters.status.length > 0 ? { status: [...filters.status] } : {}),
      ...(filters.storyId ? { storyId: filters.storyId } : {}),
      ...(filters.sourceKind ? { sourceKind: filters.sourceKind } : {}),
      ...(filters.from ? { from: filters.from } : {}),
      ...(filters.to ? { to: filters.to } : {}),
      ...(outlet ? { outlet } : {}),
    },
  };
}

/** A stable key for a request, so a late answer to an older one is recognised and dropped. */
export function requestKey(input: MethodInput<'search'>): string {
  return JSON.stringify(input);
}
