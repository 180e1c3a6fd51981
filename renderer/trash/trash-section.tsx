import type { ReactNode } from 'react';
import type { Page } from '../../shared/api/views';
import { TRASH_PAGE_SIZE } from '../client/queries';

/** What a section needs of its infinite query (useTrashPages). */
interface TrashPages<T> {
  data?: { pages: Page<T>[] } | undefined;
  isPending: boolean;
  isError: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

interface Props<T> {
  id: string;
  heading: string;
  /** "claims" or "sources", for the "Show more" button. */
  noun: string;
  pages: TrashPages<T>;
  empty: string;
  item: (record: T) => ReactNode;
}

/** One kind of deleted record in the trash: its count, the pages loaded so far, and "Show more". */
export function TrashSection<T>({ id, heading, noun, pages, empty, item }: Props<T>) {
  const records = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const total = pages.data?.pages[0]?.total ?? 0;
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="trash-heading">
        {heading} <span className="section-count">{pages.isPending ? '' : total}</span>
      </h3>
      {pages.isPending ? (
        <p className="pane-note">Loading the trash…</p>
      ) : pages.isError ? (
        <p className="pane-note">The trash could not be loaded.</p>
      ) : records.length === 0 ? (
        <p className="pane-note">{empty}</p>
      ) : (
        <ul className="trash-list">{records.map(item)}</ul>
      )}
      {pages.hasNextPage && (
        <button type="button" className="button trash-more" onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
          {pages.isFetchingNextPage ? 'Loading…' : `Show ${Math.min(total - records.length, TRASH_PAGE_SIZE)} more ${noun}`}
        </button>
      )}
    </section>
  );
}
