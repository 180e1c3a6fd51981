import type { ParsedInput } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import type { ClaimDetail, Page } from '../../shared/api/views';
import { anchorQuote } from '../../shared/domain/anchor';
import type { Anchor, Claim, Clip } from '../../shared/domain/entities';
import { nextHistoryEntry } from '../../shared/domain/history';
import { newId } from '../../shared/domain/ids';
import { checkTransition, type EvidenceCounts } from '../../shared/domain/status';
import { listEvidence, evidenceCounts } from './evidence-service';
import { pageOf } from './paging';
import { requireRecord } from './require-record';
import type { ServiceContext } from './service-context';

/** Claims in the order they were marked, optionally of one clip or one status. */
export function listClaims(ctx: ServiceContext, input: ParsedInput<'listClaims'>): Page<Claim> {
  const claims = (Object.values(ctx.store.data.claims) as Claim[]).filter(
    (claim) => (!input.clipId || claim.clipId === input.clipId) && (!input.status || claim.status === input.status),
  );
  return pageOf(claims, input.offset, input.limit);
}

export function getClaim(ctx: ServiceContext, input: ParsedInput<'getClaim'>): ClaimDetail {
  const claim = requireRecord(ctx.store.data.claims, input.id, 'claim') as Claim;
  const clip = claim.clipId ? ((ctx.store.data.clips[claim.clipId] as Clip | undefined) ?? null) : null;
  return { claim, evidence: listEvidence(ctx, { claimId: claim.id }), clip };
}

/** Find the quote in the clip's text; a reporter gets told when it is missing or appears twice. */
async function anchorInClip(ctx: ServiceContext, clip: Clip, quote: string): Promise<Anchor> {
  const text = await ctx.store.readBody(clip.textSha256, 'txt');
  const match = anchorQuote(text, quote);
  if (match.found) return match.anchor;
  if (match.reason === 'ambiguous') {
    throw new AppError(
      'invalid_input',
      `That quote appears ${match.occurrences} times in "${clip.title}". Quote a few more words so it points at one place.`,
    );
  }
  throw new AppError(
    'invalid_input',
    `That quote is not in "${clip.title}". Copy the words exactly as they appear in the clip.`,
  );
}

/**
 * A new claim starts unverified with one history entry, so its hash chain begins at creation.
 * With a clip, the claim text is the quote and it is anchored with W3C selectors.
 */
export async function addClaim(ctx: ServiceContext, input: ParsedInput<'addClaim'>): Promise<Claim> {
  let anchor: Anchor | null = null;
  let clipId: string | null = null;
  let text = input.text ?? '';
  if (input.clipId) {
    const clip = requireRecord(ctx.store.data.clips, input.clipId, 'clip') as Clip;
    anchor = await anchorInClip(ctx, clip, input.quote ?? '');
    clipId = clip.id;
    text = input.text ?? anchor.quote.exact;
  }
  const now = ctx.now();
  const id = newId();
  const claim: Claim = {
    id,
    clipId,
    text,
    anchor,
    ...(input.note ? { note: input.note } : {}),
    status: 'unverified',
    history: [nextHistoryEntry(id, [], 'unverified', now, 'Claim recorded')],
    createdAt: now,
    updatedAt: now,
  };
  await ctx.store.commit([{ type: 'claim.put', claim }]);
  return claim;
}

/** Move a claim through the workflow; the shared rules decide, and every move is appended to its history. */
export async function setClaimStatus(ctx: ServiceContext, input: ParsedInput<'setClaimStatus'>): Promise<Claim> {
  const claim = requireRecord(ctx.store.data.claims, input.id, 'claim') as Claim;
  const counts: EvidenceCounts = evidenceCounts(ctx, claim.id);
  const verdict = checkTransition({ from: claim.status, to: input.status, rationale: input.rationale, evidence: counts });
  if (!verdict.allowed) throw new AppError('rule_violation', verdict.message);
  const entry = nextHistoryEntry(claim.id, claim.history, input.status, ctx.now(), input.rationale ?? '');
  await ctx.store.commit([{ type: 'claim.status', claimId: claim.id, entry }]);
  return ctx.store.data.claims[claim.id] as Claim;
}
