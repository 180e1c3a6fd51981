import type { ParsedInput } from '../../shared/api/contract';
import type { Page } from '../../shared/api/views';
import type { Source } from '../../shared/domain/entities';
import { newId } from '../../shared/domain/ids';
import { pageOf } from './paging';
import { requireRecord } from './require-record';
import type { ServiceContext } from './service-context';

/** Sources, newest first, optionally of one kind. */
export function listSources(ctx: ServiceContext, input: ParsedInput<'listSources'>): Page<Source> {
  const sources = (Object.values(ctx.store.data.sources) as Source[])
    .filter((source) => !input.kind || source.kind === input.kind)
    .reverse();
  return pageOf(sources, input.offset, input.limit);
}

/** Drop the keys a caller left empty, so stored records carry no `undefined`. */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== '')) as T;
}

export async function addSource(ctx: ServiceContext, input: ParsedInput<'addSource'>): Promise<Source> {
  if (input.clipId) requireRecord(ctx.store.data.clips, input.clipId, 'clip');
  const now = ctx.now();
  const source: Source = defined({ id: newId(), ...input, createdAt: now, updatedAt: now });
  await ctx.store.commit([{ type: 'source.put', source }]);
  return source;
}
