import type { ParsedInput } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import type { EvidenceView } from '../../shared/api/views';
import type { Evidence, Source } from '../../shared/domain/entities';
import { newId } from '../../shared/domain/ids';
import type { EvidenceCounts } from '../../shared/domain/status';
import { requireRecord } from './require-record';
import type { ServiceContext } from './service-context';

function evidenceOf(ctx: ServiceContext, claimId: string): Evidence[] {
  return (Object.values(ctx.store.data.evidence) as Evidence[]).filter((item) => item.claimId === claimId);
}

/** How many sources support, contradict or give context to a claim: what the status rules look at. */
export function evidenceCounts(ctx: ServiceContext, claimId: string): EvidenceCounts {
  const counts: EvidenceCounts = { supports: 0, contradicts: 0, context: 0 };
  for (const item of evidenceOf(ctx, claimId)) counts[item.stance]++;
  return counts;
}

/** A claim's evidence with each source inlined, so the claim panel renders from one call. */
export function listEvidence(ctx: ServiceContext, input: ParsedInput<'listEvidence'>): EvidenceView[] {
  const views: EvidenceView[] = [];
  for (const item of evidenceOf(ctx, input.claimId)) {
    const source = ctx.store.data.sources[item.sourceId] as Source | undefined;
    if (source) views.push({ ...item, source });
  }
  return views;
}

export async function addEvidence(ctx: ServiceContext, input: ParsedInput<'addEvidence'>): Promise<Evidence> {
  requireRecord(ctx.store.data.claims, input.claimId, 'claim');
  requireRecord(ctx.store.data.sources, input.sourceId, 'source');
  const duplicate = evidenceOf(ctx, input.claimId).find(
    (item) => item.sourceId === input.sourceId && item.stance === input.stance && (item.quote ?? '') === (input.quote ?? ''),
  );
  if (duplicate) {
    throw new AppError('conflict', 'This source is already linked to the claim with the same stance and quote.');
  }
  const evidence: Evidence = {
    id: newId(),
    claimId: input.claimId,
    sourceId: input.sourceId,
    stance: input.stance,
    ...(input.quote ? { quote: input.quote } : {}),
    ...(input.locator ? { locator: input.locator } : {}),
    ...(input.note ? { note: input.note } : {}),
    createdAt: ctx.now(),
  };
  await ctx.store.commit([{ type: 'evidence.put', evidence }]);
  return evidence;
}

/**
 * Unlinking evidence is allowed, but not when the claim's current verdict rests on it: a verified
 * claim must keep a supporting source and a false one a contradicting source, or history would lie.
 */
export async function removeEvidence(ctx: ServiceContext, input: ParsedInput<'removeEvidence'>): Promise<{ removed: string }> {
  const evidence = requireRecord(ctx.store.data.evidence, input.id, 'evidence link') as Evidence;
  const claim = ctx.store.data.claims[evidence.claimId];
  if (claim) {
    const counts = evidenceCounts(ctx, claim.id);
    const needed = claim.status === 'verified' ? 'supports' : claim.status === 'false' ? 'contradicts' : null;
    if (needed && evidence.stance === needed && counts[needed] === 1) {
      throw new AppError(
        'rule_violation',
        `This is the only source that ${needed === 'supports' ? 'supports' : 'contradicts'} a claim marked ${claim.status}. Reopen the claim first, or link another source.`,
      );
    }
  }
  await ctx.store.commit([{ type: 'evidence.remove', evidenceId: evidence.id }]);
  return { removed: evidence.id };
}
