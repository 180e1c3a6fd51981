import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ClipSummary } from '../../shared/api/views';
import { call } from '../client/call';
import { CLIP_PAGE_SIZE, queryKeys } from '../client/queries';

export interface Library {
  /** How many clips the notebook holds, once the first page has come back. */
  total: number | undefined;
  /** The clip at a row, when its page is loaded. */
  clipAt: (index: number) => ClipSummary | undefined;
  /** The row of a loaded clip, or -1. */
  indexOf: (id: string) => number;
  isPending: boolean;
}

/** One page of the library (or of one story's clips): the query both the list and a keyboard move fetch through. */
export function clipPageQuery(page: number, storyId: string | null) {
  return {
    queryKey: storyId ? queryKeys.storyClipPage(storyId, page) : queryKeys.clipPage(page),
    queryFn: () => call('listClips', { ...(storyId ? { storyId } : {}), offset: page * CLIP_PAGE_SIZE, limit: CLIP_PAGE_SIZE }),
  };
}

/**
 * The library, a page at a time: asks listClips only for the pages holding the rows wanted (those
 * in view, and the one being moved to), plus the first, so a 10k-clip notebook costs a page, not all.
 * With a story, the same paging over just that story's clips.
 */
export function useLibrary(wantedPages: readonly number[], storyId: string | null = null): Library {
  const pages = useMemo(() => [...new Set([0, ...wantedPages])].sort((a, b) => a - b), [wantedPages]);
  const results = useQueries({ queries: pages.map((page) => clipPageQuery(page, storyId)) });
  const loaded = new Map<number, ClipSummary[]>();
  results.forEach((result, i) => {
    if (result.data) loaded.set(pages[i]!, result.data.items);
  });
  const first = results[0];
  const total = first?.data?.total;
  const clipAt = (index: number) => loaded.get(Math.floor(index / CLIP_PAGE_SIZE))?.[index % CLIP_PAGE_SIZE];
  const indexOf = (id: string) => {
    for (const [page, items] of loaded) {
      const i = items.findIndex((c) => c.id === id);
      if (i !== -1) return page * CLIP_PAGE_SIZE + i;
    }
    return -1;
  };
  return { total, clipAt, indexOf, isPending: first?.isPending ?? true };
}
