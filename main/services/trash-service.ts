import type { Trash } from '../../shared/api/views';
import type { Claim, Source } from '../../shared/domain/entities';
import type { ServiceContext } from './service-context';

function newestDeletionFirst<T extends { deletedAt?: string | undefined }>(records: T[]): T[] {
  // Reversed first so that, among deletions at the same instant, the record added last comes first.
  return [...records]
    .reverse()
    .filter((record) => record.deletedAt !== undefined)
    .sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
}

/** What is in the trash, newest deletion first, so what was just deleted is at the top to restore. */
export function listTrash(ctx: ServiceContext): Trash {
  return {
    claims: newestDeletionFirst(Object.values(ctx.store.data.claims) as Claim[]),
    sources: newestDeletionFirst(Object.values(ctx.store.data.sources) as Source[]),
  };
}
