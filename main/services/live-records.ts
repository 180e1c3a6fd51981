import { AppError } from '../../shared/api/result';
import type { Claim, Evidence, Source } from '../../shared/domain/entities';
import type { ServiceContext } from './service-context';

/**
 * Nothing is ever hard-deleted: deleting sets `deletedAt` so the trash can restore it. These helpers
 * are the one place that decides what counts as "still there", so lists, counts and the status rules
 * all agree on it and a reporter never sees a trashed record where they would not expect it.
 */

export function isLive(record: { deletedAt?: string | undefined } | undefined): boolean {
  return record !== undefined && record.deletedAt === undefined;
}

export function liveClaims(ctx: ServiceContext): Claim[] {
  return (Object.values(ctx.store.data.claims) as Claim[]).filter(isLive);
}

export function liveSources(ctx: ServiceContext): Source[] {
  return (Object.values(ctx.store.data.sources) as Source[]).filter(isLive);
}

/** A link counts only while it, its source and its claim are all out of the trash. */
export function isLiveEvidence(ctx: ServiceContext, evidence: Evidence): boolean {
  const { sources, claims } = ctx.store.data;
  return isLive(evidence) && isLive(sources[evidence.sourceId] as Source | undefined) && isLive(claims[evidence.claimId] as Claim | undefined);
}

export function liveEvidence(ctx: ServiceContext): Evidence[] {
  return (Object.values(ctx.store.data.evidence) as Evidence[]).filter((item) => isLiveEvidence(ctx, item));
}

/** Refuse to change a record that is in the trash, saying how to get it back. */
export function requireNotInTrash(record: { deletedAt?: string | undefined }, description: string): void {
  if (record.deletedAt !== undefined) {
    throw new AppError('conflict', `${description} is in the trash. Restore it from the trash first.`);
  }
}

/** Trashed claims and sources are shown by title; a long claim is cut so the message stays readable. */
export function shortText(text: string, max = 80): string {
  const chars = Array.from(text.trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
