import { useQueries, type QueryKey } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Page } from '../../shared/api/views';

/** One page of a long list: the query a virtualised list fetches it through. */
export interface PageQuery<T> {
  queryKey: QueryKey;
  queryFn: () => Promise<Page<T>>;
}

export interface PagedRows<T> {
  /** How many rows the whole list has, once the first page has come back. */
  total: number | undefined;
  /** The record at a row, when its page has loaded. */
  itemAt: (index: number) => T | undefined;
  /** The row of a loaded record that passes the test, or -1. */
  findIndex: (test: (item: T) => boolean) => number;
  isPending: boolean;
  isError: boolean;
}

interface Options<T> {
  pageSize: number;
  /** The query for one page, by its number. */
  pageQuery: (page: number) => PageQuery<T>;
  /**
   * The rows rendered; only their pages, and the first, are asked for. A set of rows rather than a
   * range, since the focused row stays rendered far from the others and the pages between are not wanted.
   */
  rows: readonly number[];
  /** 0 for lists changed from many places (claims), so a list shown again is fetched again. */
  staleTime?: number;
}

/**
 * The pages holding these rows, and the first (for the total), in order. Only those: the focused row
 * kept rendered at row 4,999 while the list shows row 2,500 asks for two pages, not the fifty between.
 */
export function pagesOfRows(rows: readonly number[], pageSize: number): number[] {
  return [...new Set([0, ...rows.map((row) => Math.floor(row / pageSize))])].sort((a, b) => a - b);
}

/**
 * A long list a page at a time, by row: asks only for the pages holding the rows in view (plus the
 * first, for the total), as the library does (renderer/library/use-library.ts). Scrolling to row 4,000
 * fetches page 80 alone, never the 79 before it, and a change refetches just the pages on screen.
 */
export function usePagedRows<T>({ pageSize, pageQuery, rows, staleTime }: Options<T>): PagedRows<T> {
  const wanted = pagesOfRows(rows, pageSize).join(',');
  const pages = useMemo(() => wanted.split(',').map(Number), [wanted]);
  const results = useQueries({
    queries: pages.map((page) => ({ ...pageQuery(page), ...(staleTime !== undefined ? { staleTime } : {}) })),
  });
  const loaded = new Map<number, T[]>();
  results.forEach((result, i) => {
    if (result.data) loaded.set(pages[i]!, result.data.items);
  });
  const head = results[0];
  return {
    total: head?.data?.total,
    itemAt: (index) => loaded.get(Math.floor(index / pageSize))?.[index % pageSize],
    findIndex: (test) => {
      for (const [page, items] of loaded) {
        const i = items.findIndex(test);
        if (i !== -1) return page * pageSize + i;
      }
      return -1;
    },
    isPending: head?.isPending ?? true,
    isError: head?.isError ?? false,
  };
}
