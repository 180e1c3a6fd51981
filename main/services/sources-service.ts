import type { ParsedInput } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import type { LocatedSource, Page } from '../../shared/api/views';
import type { Claim, Evidence, Source, SourceKind } from '../../shared/domain/entities';
import { newId } from '../../shared/domain/ids';
import { evidenceCountsByClaim, stanceVerdictNeeds } from './evidence-service';
import { isLive, isLiveEvidence, liveSources, requireNotInTrash, shortText } from './live-records';
import { pageOf } from './paging';
import { requireRecord } from './require-record';
import type { ServiceContext } from './service-context';

/** Sources, newest first, optionally of one kind, leaving out the trash. */
export function listSources(ctx: ServiceContext, input: ParsedInput<'listSources'>): Page<Source> {
  const sources = liveSources(ctx)
    .filter((source) => !input.kind || source.kind === input.kind)
    .reverse();
  return pageOf(sources, input.offset, input.limit);
}

/** One source by id, trashed or not, for opening a source found elsewhere (search) without paging the list. */
export function getSource(ctx: ServiceContext, input: ParsedInput<'getSource'>): LocatedSource {
  const source = requireRecord(ctx.store.data.sources, input.id, 'source') as Source;
  if (source.deletedAt) return { ...source, position: null, kindPosition: null };
  // The same order as listSources: oldest first in the store, so newest first is counted from the end.
  const live = liveSources(ctx);
  const at = live.indexOf(source);
  const ofKind = live.filter((s) => s.kind === source.kind);
  return { ...source, position: live.length - 1 - at, kindPosition: ofKind.length - 1 - ofKind.indexOf(source) };
}

/** Drop the keys a caller left empty, so stored records carry no `undefined`. */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== '' && value !== null)) as T;
}

/** Role, contact and naming consent describe someone interviewed; on a document they would mean nothing. */
function refusePersonDetails(kind: SourceKind): never {
  throw new AppError(
    'invalid_input',
    `Person details (role, how and when reached, whether they may be named) are only for a source of kind person, not ${kind}. Choose the kind person, or leave them out.`,
  );
}

export async function addSource(ctx: ServiceContext, input: ParsedInput<'addSource'>): Promise<Source> {
  if (input.person && input.kind !== 'person') refusePersonDetails(input.kind);
  if (input.clipId) requireRecord(ctx.store.data.clips, input.clipId, 'clip');
  const now = ctx.now();
  const source: Source = defined({ id: newId(), ...input, createdAt: now, updatedAt: now });
  await ctx.store.commit([{ type: 'source.put', source }]);
  return source;
}

/**
 * Edit a source field by field: a field left out is kept, a text field sent empty is cleared, and
 * null clears the clip, the reliability rating or the person details. A source that stops being a
 * person loses its person details, so they cannot linger hidden on a document.
 */
export async function updateSource(ctx: ServiceContext, input: ParsedInput<'updateSource'>): Promise<Source> {
  const source = requireRecord(ctx.store.data.sources, input.id, 'source') as Source;
  requireNotInTrash(source, `The source "${shortText(source.title)}"`);
  const kind = input.kind ?? source.kind;
  if (input.person && kind !== 'person') refusePersonDetails(kind);
  if (input.clipId) requireRecord(ctx.store.data.clips, input.clipId, 'clip');
  const { id: _id, ...changes } = input;
  const merged = { ...source, ...changes, kind, updatedAt: ctx.now() };
  if (kind !== 'person') delete merged.person;
  const updated = defined(merged) as Source;
  await ctx.store.commit([{ type: 'source.put', source: updated }]);
  return updated;
}

/** The claims this source is live evidence for. */
function claimsCiting(ctx: ServiceContext, sourceId: string): { claims: Claim[]; links: Evidence[] } {
  const links = (Object.values(ctx.store.data.evidence) as Evidence[]).filter(
    (item) => item.sourceId === sourceId && isLiveEvidence(ctx, item),
  );
  const ids = [...new Set(links.map((item) => item.claimId))];
  return { claims: ids.map((id) => ctx.store.data.claims[id] as Claim), links };
}

/**
 * Move a source to the trash. Its links are kept (hidden while it is there) so restoring it brings
 * them back. A verdict that rests on this source alone blocks the delete, as unlinking it would; a
 * source that other claims cite is deleted only with `force`, after the reporter has been asked.
 */
export async function deleteSource(ctx: ServiceContext, input: ParsedInput<'deleteSource'>): Promise<{ deleted: string }> {
  const source = requireRecord(ctx.store.data.sources, input.id, 'source') as Source;
  if (!isLive(source)) return { deleted: source.id };
  const { claims, links } = claimsCiting(ctx, source.id);
  // One pass over the evidence for every cited claim, not one per claim: a widely cited source stays quick to delete.
  const counts = evidenceCountsByClaim(ctx, claims.map((claim) => claim.id));
  const fromSource = new Map(claims.map((claim) => [claim.id, { supports: 0, contradicts: 0, context: 0 }]));
  for (const item of links) {
    const forClaim = fromSource.get(item.claimId);
    if (forClaim) forClaim[item.stance]++;
  }
  for (const claim of claims) {
    const needed = stanceVerdictNeeds(claim);
    if (!needed) continue;
    const fromThisSource = fromSource.get(claim.id)?.[needed] ?? 0;
    if (fromThisSource > 0 && counts.get(claim.id)?.[needed] === fromThisSource) {
      throw new AppError(
        'rule_violation',
        `This source is the only one that ${needed === 'supports' ? 'supports' : 'contradicts'} the claim "${shortText(claim.text)}", marked ${claim.status}. Reopen that claim first, or link another source to it.`,
      );
    }
  }
  if (claims.length > 0 && !input.force) {
    throw new AppError(
      'conflict',
      `This source is evidence for ${claims.length} ${claims.length === 1 ? 'claim' : 'claims'}. Delete it anyway?`,
    );
  }
  await ctx.store.commit([{ type: 'source.put', source: { ...source, deletedAt: ctx.now() } }]);
  return { deleted: source.id };
}

export async function restoreSource(ctx: ServiceContext, input: ParsedInput<'restoreSource'>): Promise<Source> {
  const source = requireRecord(ctx.store.data.sources, input.id, 'source') as Source;
  if (isLive(source)) return source;
  const { deletedAt: _deletedAt, ...restored } = source;
  await ctx.store.commit([{ type: 'source.put', source: restored }]);
  return restored;
}
