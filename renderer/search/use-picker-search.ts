import { useMemo } from 'react';
import type { SourceKind } from '../../shared/domain/entities';
import { useSearch } from './use-search';

/** One thing to pick in a list: a clip or a source, by id, with its title. */
export interface PickerChoice {
  id: string;
  title: string;
  sourceKind?: SourceKind | undefined;
}

/** How many matches a picker lists when the reporter types to find one. */
export const PICKER_SEARCH_LIMIT = 50;

/**
 * Titles matching what the reporter typed in a picker, from the whole notebook through `search`: a
 * picker lists only the newest few hundred by itself, so anything older is found by typing. Null
 * while nothing is typed (the picker shows its own list then).
 */
export function usePickerSearch(kind: 'clip' | 'source', typed: string) {
  const query = typed.trim();
  const input = useMemo(() => (query ? { query, kinds: [kind], limit: PICKER_SEARCH_LIMIT } : null), [query, kind]);
  const search = useSearch(input, true, null);
  const choices = useMemo<PickerChoice[] | null>(() => {
    if (!input || !search.results) return null;
    const hits = search.results.groups.find((g) => g.kind === kind)?.hits ?? [];
    return hits.map((h) => ({ id: (kind === 'clip' ? h.clipId : h.sourceId) ?? h.id, title: h.title, sourceKind: h.sourceKind }));
  }, [input, search.results, kind]);
  return { choices, searching: search.searching, error: search.error };
}
