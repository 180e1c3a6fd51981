import type { ParsedInput } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import type { EvidenceView } from '../../shared/api/views';
import { anchorQuote } from '../../shared/domain/anchor';
import type { Anchor, Claim, Clip, Evidence, Source } from '../../shared/domain/entities';
import { newId } from '../../shared/domain/ids';
import type { EvidenceCounts } from '../../shared/domain/status';
import { isLive, requireNotInTrash, shortText } from './live-records';
import { requireRecord } from './require-record';
import type { ServiceContext } from './service-context';

/**
 * A claim's links that still count: not unlinked, and not citing a source in the trash. A trashed
 * source's links come back when the source is restored, so they are hidden here, never removed.
 */
function evidenceOf(ctx: ServiceContext, claimId: string): Evidence[] {
  return (Object.values(ctx.store.data.evidence) as Evidence[]).filter((item) => item.claimId === claimId && stillCounts(ctx, item));
}

function stillCounts(ctx: ServiceContext, item: Evidence): boolean {
  return isLive(item) && isLive(ctx.store.data.sources[item.sourceId] as Source | undefined);
}

/** How many sources support, contradict or give context to a claim: what the status rules look at. */
export function evidenceCounts(ctx: ServiceContext, claimId: string): EvidenceCounts {
  return evidenceCountsByClaim(ctx, [claimId]).get(claimId)!;
}

/**
 * The counts of many claims (a page of the board, the claims a source serves) in one pass over the
 * evidence, so a page of n claims costs one scan rather than n. Every claim asked about gets an entry.
 */
export function evidenceCountsByClaim(ctx: ServiceContext, claimIds: Iterable<string>): Map<string, EvidenceCounts> {
  const counts = new Map<string, EvidenceCounts>();
  for (const id of claimIds) counts.set(id, { supports: 0, contradicts: 0, context: 0 });
  if (counts.size === 0) return counts;
  for (const item of Object.values(ctx.store.data.evidence) as Evidence[]) {
    const forClaim = counts.get(item.claimId);
    if (forClaim && stillCounts(ctx, item)) forClaim[item.stance]++;
  }
  return counts;
}

/** The stance a claim's current verdict rests on: verified needs support, false a contradiction. */
export function stanceVerdictNeeds(claim: Claim): 'supports' | 'contradicts' | null {
  return claim.status === 'verified' ? 'supports' : claim.status === 'false' ? 'contradicts' : null;
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

/** When the source is a clip of its own, the evidence quote is anchored in it like a claim is in its clip. */
async function anchorInSourceClip(ctx: ServiceContext, source: Source, quote: string): Promise<Anchor> {
  const clip = requireRecord(ctx.store.data.clips, source.clipId ?? '', 'clip') as Clip;
  const match = anchorQuote(await ctx.store.readBody(clip.textSha256, 'txt'), quote);
  if (match.found) return match.anchor;
  if (match.reason === 'ambiguous') {
    throw new AppError(
      'invalid_input',
      `That quote appears ${match.occurrences} times in "${clip.title}", the clip of source "${source.title}". Quote a few more words so it points at one place.`,
    );
  }
  throw new AppError(
    'invalid_input',
    `That quote is not in "${clip.title}", the clip of source "${source.title}". Copy the words exactly as they appear in the clip.`,
  );
}

function sameLink(a: Pick<Evidence, 'sourceId' | 'stance' | 'quote'>, b: Pick<Evidence, 'sourceId' | 'stance' | 'quote'>): boolean {
  return a.sourceId === b.sourceId && a.stance === b.stance && (a.quote ?? '') === (b.quote ?? '');
}

const DUPLICATE_LINK = 'This source is already linked to the claim with the same stance and quote.';

export async function addEvidence(ctx: ServiceContext, input: ParsedInput<'addEvidence'>): Promise<Evidence> {
  const claim = requireRecord(ctx.store.data.claims, input.claimId, 'claim') as Claim;
  requireNotInTrash(claim, 'This claim');
  const source = requireRecord(ctx.store.data.sources, input.sourceId, 'source') as Source;
  requireNotInTrash(source, `The source "${shortText(source.title)}"`);
  if (evidenceOf(ctx, input.claimId).some((item) => sameLink(item, input))) throw new AppError('conflict', DUPLICATE_LINK);
  const anchor = source.clipId && input.quote ? await anchorInSourceClip(ctx, source, input.quote) : undefined;
  const evidence: Evidence = {
    id: newId(),
    claimId: input.claimId,
    sourceId: input.sourceId,
    stance: input.stance,
    ...(input.quote ? { quote: input.quote } : {}),
    ...(anchor ? { anchor } : {}),
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
 * The link is kept with `deletedAt` so the unlink can be undone.
 */
export async function removeEvidence(ctx: ServiceContext, input: ParsedInput<'removeEvidence'>): Promise<{ removed: string }> {
  const evidence = requireRecord(ctx.store.data.evidence, input.id, 'evidence link') as Evidence;
  if (!isLive(evidence)) return { removed: evidence.id };
  const claim = ctx.store.data.claims[evidence.claimId] as Claim | undefined;
  if (claim) {
    const needed = stanceVerdictNeeds(claim);
    const source = ctx.store.data.sources[evidence.sourceId] as Source | undefined;
    if (needed && evidence.stance === needed && isLive(source) && evidenceCounts(ctx, claim.id)[needed] === 1) {
      throw new AppError(
        'rule_violation',
        `This is the only source that ${needed === 'supports' ? 'supports' : 'contradicts'} a claim marked ${claim.status}. Reopen the claim first, or link another source.`,
      );
    }
  }
  await ctx.store.commit([{ type: 'evidence.put', evidence: { ...evidence, deletedAt: ctx.now() } }]);
  return { removed: evidence.id };
}

/** Undo an unlink. The claim and the source must still be there, or the link would point at the trash. */
export async function restoreEvidence(ctx: ServiceContext, input: ParsedInput<'restoreEvidence'>): Promise<Evidence> {
  const evidence = requireRecord(ctx.store.data.evidence, input.id, 'evidence link') as Evidence;
  if (isLive(evidence)) return evidence;
  const claim = requireRecord(ctx.store.data.claims, evidence.claimId, 'claim') as Claim;
  requireNotInTrash(claim, 'The claim of this link');
  const source = requireRecord(ctx.store.data.sources, evidence.sourceId, 'source') as Source;
  requireNotInTrash(source, `The source "${shortText(source.title)}"`);
  if (evidenceOf(ctx, evidence.claimId).some((item) => sameLink(item, evidence))) throw new AppError('conflict', DUPLICATE_LINK);
  const { deletedAt: _deletedAt, ...restored } = evidence;
  await ctx.store.commit([{ type: 'evidence.put', evidence: restored }]);
  return restored;
}
