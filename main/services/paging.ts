import type { Page } from '../../shared/api/views';

/** One page of an already-ordered list; the renderer never receives more than `limit` records. */
export function pageOf<T>(items: readonly T[], offset: number, limit: number): Page<T> {
  return { items: items.slice(offset, offset + limit), total: items.length, offset, limit };
}
