import type { ParsedInput } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import type { ClaimDetail, ClaimSummary, Page } from '../../shared/api/views';
import { anchorQuote, anchorSpan, toUtf16Offset } from '../../shared/domain/anchor';
import type { Anchor, Claim, Clip, Story } from '../../shared/domain/entities';
import { nextHistoryEntry } from '../../shared/domain/history';
import { newId } from '../../shared/domain/ids';
import { checkTransition, type EvidenceCounts } from '../../shared/domain/status';
import { evidenceCounts, evidenceCountsByClaim, listEvidence } from './evidence-service';
import { isLive, liveClaims, liveEvidence, requireNotInTrash } from './live-records';
import { pageOf } from './paging';
import { requireRecord } from './require-record';
import type { ServiceContext } from './service-context';

/**
 * Claims in the order they were marked, leaving out the trash. Filters combine: one clip, one status,
 * one story (claims added to it, and claims marked in clips added to it), one source (claims that
 * source is live evidence for). Each claim on the page comes with its clip's title and its evidence
 * counts, so a board of cards renders from this one call instead of fetching every claim.
 */
export function listClaims(ctx: ServiceContext, input: ParsedInput<'listClaims'>): Page<ClaimSummary> {
  const filters: Array<(claim: Claim) => boolean> = [];
  if (input.clipId) filters.push((claim) => claim.clipId === input.clipId);
  if (input.status) filters.push((claim) => claim.status === input.status);
  if (input.storyId) {
    const story = requireRecord(ctx.store.data.stories, input.storyId, 'story') as Story;
    const claimIds = new Set(story.claimIds);
    const clipIds = new Set(story.clipIds);
    filters.push((claim) => claimIds.has(claim.id) || (claim.clipId !== null && clipIds.has(claim.clipId)));
  }
  if (input.sourceId) {
    requireRecord(ctx.store.data.sources, input.sourceId, 'source');
    const claimIds = new Set(liveEvidence(ctx).filter((item) => item.sourceId === input.sourceId).map((item) => item.claimId));
    filters.push((claim) => claimIds.has(claim.id));
  }
  const claims = liveClaims(ctx).filter((claim) => filters.every((keep) => keep(claim)));
  const page = pageOf(claims, input.offset, input.limit);
  const counts = evidenceCountsByClaim(ctx, page.items.map((claim) => claim.id));
  const { clips } = ctx.store.data;
  return {
    ...page,
    items: page.items.map((claim) => ({
      ...claim,
      clipTitle: claim.clipId ? ((clips[claim.clipId] as Clip | undefined)?.title ?? null) : null,
      evidence: counts.get(claim.id)!,
    })),
  };
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
 * Anchor the reader's selection at exactly the span it came from, so a quote that appears twice is no
 * problem. The selection is checked against the quote, so a stale page cannot anchor the wrong words.
 * Whitespace at either edge of a selection is trimmed, as a mouse selection often grabs a space.
 */
async function anchorAtSpan(ctx: ServiceContext, clip: Clip, quote: string, start: number, end: number): Promise<Anchor> {
  const text = await ctx.store.readBody(clip.textSha256, 'txt');
  const chars = Array.from(text);
  if (end > chars.length) {
    throw new AppError(
      'invalid_input',
      `The selection runs past the end of "${clip.title}" (${chars.length} characters). Reload the clip and select the words again.`,
    );
  }
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(chars[from] ?? '')) from++;
  while (to > from && /\s/u.test(chars[to - 1] ?? '')) to--;
  if (chars.slice(from, to).join('') !== quote) {
    throw new AppError(
      'invalid_input',
      `The selected words at that place in "${clip.title}" are not the quote sent with them. Reload the clip and select the words again.`,
    );
  }
  return anchorSpan(text, toUtf16Offset(text, from), toUtf16Offset(text, to));
}

/**
 * A new claim starts unverified with one history entry, so its hash chain begins at creation.
 * With a clip, the claim text is the quote and it is anchored with W3C selectors: at the reader's
 * selection when its position is given, else wherever the quote appears (once) in the clip.
 */
export async function addClaim(ctx: ServiceContext, input: ParsedInput<'addClaim'>): Promise<Claim> {
  let anchor: Anchor | null = null;
  let clipId: string | null = null;
  let text = input.text ?? '';
  if (input.clipId) {
    const clip = requireRecord(ctx.store.data.clips, input.clipId, 'clip') as Clip;
    const quote = input.quote ?? '';
    anchor =
      input.start !== undefined && input.end !== undefined
        ? await anchorAtSpan(ctx, clip, quote, input.start, input.end)
        : await anchorInClip(ctx, clip, quote);
    clipId = clip.id;
    text = input.text ?? anchor.quote.exact;
  } else if (input.start !== undefined) {
    throw new AppError('invalid_input', 'A selection position needs the clip it was made in. Send the clip with it, or leave the position out.');
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
  requireNotInTrash(claim, 'This claim');
  const counts: EvidenceCounts = evidenceCounts(ctx, claim.id);
  const verdict = checkTransition({ from: claim.status, to: input.status, rationale: input.rationale, evidence: counts });
  if (!verdict.allowed) throw new AppError('rule_violation', verdict.message);
  const entry = nextHistoryEntry(claim.id, claim.history, input.status, ctx.now(), input.rationale ?? '');
  await ctx.store.commit([{ type: 'claim.status', claimId: claim.id, entry }]);
  return ctx.store.data.claims[claim.id] as Claim;
}


/** Edit a claim's wording or note. The status and its history are untouched; an empty note clears it. */
export async function updateClaim(ctx: ServiceContext, input: ParsedInput<'updateClaim'>): Promise<Claim> {
  const claim = requireRecord(ctx.store.data.claims, input.id, 'claim') as Claim;
  requireNotInTrash(claim, 'This claim');
  if (input.text === '') throw new AppError('invalid_input', 'A claim cannot be left without words. Type what the claim says.');
  const { note: _oldNote, ...rest } = claim;
  const note = input.note === undefined ? claim.note : input.note;
  const updated: Claim = {
    ...rest,
    ...(input.text !== undefined ? { text: input.text } : {}),
    ...(note ? { note } : {}),
    updatedAt: ctx.now(),
  };
  await ctx.store.commit([{ type: 'claim.put', claim: updated }]);
  return updated;
}

/** Move a claim to the trash. It keeps its history and evidence, so restoring it brings everything back. */
export async function deleteClaim(ctx: ServiceContext, input: ParsedInput<'deleteClaim'>): Promise<{ deleted: string }> {
  const claim = requireRecord(ctx.store.data.claims, input.id, 'claim') as Claim;
  if (isLive(claim)) await ctx.store.commit([{ type: 'claim.put', claim: { ...claim, deletedAt: ctx.now() } }]);
  return { deleted: claim.id };
}

export async function restoreClaim(ctx: ServiceContext, input: ParsedInput<'restoreClaim'>): Promise<Claim> {
  const claim = requireRecord(ctx.store.data.claims, input.id, 'claim') as Claim;
  if (isLive(claim)) return claim;
  const { deletedAt: _deletedAt, ...restored } = claim;
  await ctx.store.commit([{ type: 'claim.put', claim: restored }]);
  return restored;
}
