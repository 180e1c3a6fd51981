import { AppError } from '../../shared/api/result';
import type { Claim, Clip, Story } from '../../shared/domain/entities';
import { isLive, liveClaims, shortText } from '../services/live-records';
import { requireRecord } from '../services/require-record';
import type { ServiceContext } from '../services/service-context';
import type { BriefScope } from './brief-model';

/** The claims a scope covers, in reading order, with the words that name the scope in the brief. */
export interface ResolvedScope {
  label: string;
  /** The scope inside a sentence: 'the clip "…"', 'the story "…"', 'the chosen claims'. */
  phrase: string;
  /** The default title when the reporter gives none. */
  defaultTitle: string;
  claims: Claim[];
}

/**
 * Reading order: claims grouped by clip in the order the clips first appear, and inside a clip by
 * where they sit in its text, so the brief follows the article as a reader meets it.
 */
function inReadingOrder(claims: Claim[], clipOrder: string[] = []): Claim[] {
  const rank = new Map<string, number>(clipOrder.map((id, index) => [id, index]));
  for (const claim of claims) if (claim.clipId && !rank.has(claim.clipId)) rank.set(claim.clipId, rank.size);
  const clipRank = (claim: Claim) => (claim.clipId ? (rank.get(claim.clipId) ?? 0) : Number.MAX_SAFE_INTEGER);
  return [...claims].sort(
    (a, b) =>
      clipRank(a) - clipRank(b) ||
      (a.anchor?.position.start ?? Number.MAX_SAFE_INTEGER) - (b.anchor?.position.start ?? Number.MAX_SAFE_INTEGER) ||
      a.createdAt.localeCompare(b.createdAt),
  );
}

function clipScope(ctx: ServiceContext, clipId: string): ResolvedScope {
  const clip = requireRecord(ctx.store.data.clips, clipId, 'clip') as Clip;
  const claims = liveClaims(ctx).filter((claim) => claim.clipId === clip.id);
  if (claims.length === 0) {
    throw new AppError('invalid_input', `The clip "${shortText(clip.title)}" has no claims yet. Mark the claims to check in it first.`);
  }
  return { label: `Clip: ${clip.title}`, phrase: `the clip "${shortText(clip.title)}"`, defaultTitle: `Fact-check brief: ${clip.title}`, claims: inReadingOrder(claims) };
}

function storyScope(ctx: ServiceContext, storyId: string): ResolvedScope {
  const story = requireRecord(ctx.store.data.stories, storyId, 'story') as Story;
  const claimIds = new Set(story.claimIds);
  const clipIds = new Set(story.clipIds);
  const claims = liveClaims(ctx).filter((claim) => claimIds.has(claim.id) || (claim.clipId !== null && clipIds.has(claim.clipId)));
  if (claims.length === 0) {
    throw new AppError('invalid_input', `The story "${shortText(story.title)}" has no claims yet. Add claims or clips with claims to it first.`);
  }
  return { label: `Story: ${story.title}`, phrase: `the story "${shortText(story.title)}"`, defaultTitle: story.title, claims: inReadingOrder(claims, story.clipIds) };
}

function chosenScope(ctx: ServiceContext, claimIds: string[]): ResolvedScope {
  if (claimIds.length === 0) throw new AppError('invalid_input', 'No claim was chosen. Choose at least one claim for the brief.');
  const unique = [...new Set(claimIds)];
  const claims = unique.map((id) => {
    const claim = requireRecord(ctx.store.data.claims, id, 'claim') as Claim;
    if (!isLive(claim)) {
      throw new AppError('conflict', `The claim "${shortText(claim.text)}" is in the trash. Restore it first, or leave it out of the brief.`);
    }
    return claim;
  });
  const label = claims.length === 1 ? '1 chosen claim' : `${claims.length} chosen claims`;
  return { label, phrase: claims.length === 1 ? 'the chosen claim' : 'the chosen claims', defaultTitle: 'Fact-check brief', claims: inReadingOrder(claims) };
}

/** Resolve a scope to its live claims; an unknown ID or an empty scope is refused with what to do. */
export function resolveScope(ctx: ServiceContext, scope: BriefScope): ResolvedScope {
  switch (scope.kind) {
    case 'clip':
      return clipScope(ctx, scope.clipId);
    case 'story':
      return storyScope(ctx, scope.storyId);
    case 'claims':
      return chosenScope(ctx, scope.claimIds);
  }
}
