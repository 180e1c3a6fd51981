import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { MethodInput } from '../../shared/api/contract';
import type { SearchResults } from '../../shared/api/search-views';
import { call, errorMessage } from '../client/call';
import { queryKeys } from '../client/queries';
import { requestKey } from './search-request';

/** Wait this long after the last keystroke before asking: fast typists send one query, not ten. */
export const SEARCH_DEBOUNCE_MS = 120;
/** How often to ask whether the index is built, while it is not. */
const STATUS_POLL_MS = 500;

export interface SearchState {
  /** The latest answer, kept on screen while a newer query runs so the list does not flash empty. */
  results: SearchResults | null;
  /** The answer on screen is for the request the reporter is looking at. */
  current: boolean;
  /** A request is waiting for its first answer (typing paused, or the call in flight). */
  searching: boolean;
  error: string | null;
}

/**
 * Runs `search` for the request the reporter is building, debounced, off the typing path: the input
 * stays responsive because the call is only made once typing pauses, and an answer to an older request
 * that arrives late is dropped. Errors are kept here and shown in the palette, in words, instead of
 * going to the desk's global alerts. `refresh` asks again when it changes (the index finished building).
 */
export function useSearch(input: MethodInput<'search'> | null, enabled: boolean, refresh: unknown): SearchState {
  const [answer, setAnswer] = useState<{ key: string; results: SearchResults | null; error: string | null } | null>(null);
  const latest = useRef<string | null>(null);
  const key = input ? requestKey(input) : null;

  useEffect(() => {
    latest.current = key;
    if (!enabled || !input || key === null) return;
    const timer = setTimeout(() => {
      call('search', input).then(
        (results) => {
          if (latest.current === key) setAnswer({ key, results, error: null });
        },
        (error: unknown) => {
          if (latest.current === key) setAnswer((last) => ({ key, results: last?.results ?? null, error: errorMessage(error) }));
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // `input` is represented by `key`: a new object with the same content must not search again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, enabled, refresh]);

  const current = key !== null && answer?.key === key;
  return {
    results: key === null ? null : (answer?.results ?? null),
    current,
    searching: enabled && key !== null && !current,
    error: current ? answer.error : null,
  };
}

/** Whether the index is built; asked again every half second while it is still indexing. */
export function useSearchStatus(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.searchStatus,
    queryFn: () => call('getSearchStatus', {}),
    enabled,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.state === 'ready' ? false : STATUS_POLL_MS),
  });
}
