import type { Page } from '../../shared/api/views';

/**
 * Every item of a paged list, fetched a page at a time, for lists the UI needs whole and that stay
 * small (stories: a story picker or filter must offer them all, not the first page). A record seen
 * twice, because one was added while paging, is kept once.
 */
export async function fetchAllPages<T extends { id: string }>(
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
  pageSize: number,
): Promise<Page<T>> {
  const byId = new Map<string, T>();
  let offset = 0;
  for (;;) {
    const page = await fetchPage(offset, pageSize);
    for (const item of page.items) if (!byId.has(item.id)) byId.set(item.id, item);
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) break;
  }
  const items = [...byId.values()];
  return { items, total: items.length, offset: 0, limit: items.length };
}
