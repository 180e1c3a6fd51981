import type { TrashedClaim, TrashPage } from '../../shared/api/views';
import type { Claim, Source } from '../../shared/domain/entities';
import { pageOf } from './paging';
import type { ParsedInput } from '../../shared/api/contract';
import type { ServiceContext } from './service-context';

function newestDeletionFirst<T extends { deletedAt?: string | undefined }>(records: T[]): T[] {
  // Reversed first so that, among deletions at the same instant, the record added last comes first.
  return [...records]
    .reverse()
    .filter((record) => record.deletedAt !== undefined)
    .sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
}

/** The trash shows a claim's words, status and deletion time; its history can run long and stays behind. */
function withoutHistory({ history: _history, ...claim }: Claim): TrashedClaim {
  return claim;
}

/**
 * What is in the trash, one kind and one page at a time, newest deletion first, so what was just
 * deleted is at the top to restore and a notebook with thousands of deletions sends only a page.
 */
export function listTrash(ctx: ServiceContext, input: ParsedInput<'listTrash'>): TrashPage {
  if (input.kind === 'sources') {
    return { kind: 'sources', ...pageOf(newestDeletionFirst(Object.values(ctx.store.data.sources) as Source[]), input.offset, input.limit) };
  }
  const page = pageOf(newestDeletionFirst(Object.values(ctx.store.data.claims) as Claim[]), input.offset, input.limit);
  return { kind: 'claims', ...page, items: page.items.map(withoutHistory) };
}
