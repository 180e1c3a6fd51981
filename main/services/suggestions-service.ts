import type { ParsedInput } from '../../shared/api/contract';
import type { Suggestion } from '../../shared/api/views';
import type { Clip } from '../../shared/domain/entities';
import { reanchor } from '../../shared/domain/reanchor';
import { suggestClaims as suggestFromText } from '../../shared/domain/suggest/suggest-claims';
import { liveClaims } from './live-records';
import { requireRecord } from './require-record';
import type { ServiceContext } from './service-context';

/**
 * Claim suggestions for one clip, minus what the reporter has already dealt with: sentences they
 * dismissed, and sentences that already hold a claim (accepting a suggestion makes one, so it drops
 * out of the list by itself).
 */

/** The clip's language, if Intl knows it; a page's odd lang attribute must not break splitting. */
function localeOf(clip: Clip): string | undefined {
  if (!clip.lang) return undefined;
  try {
    return Intl.getCanonicalLocales(clip.lang)[0];
  } catch {
    return undefined;
  }
}

/** Code-point spans of the live claims marked in this clip, where they sit in its text now. */
function claimedSpans(ctx: ServiceContext, clip: Clip, text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const claim of liveClaims(ctx)) {
    if (claim.clipId !== clip.id || !claim.anchor) continue;
    const resolved = reanchor(text, claim.anchor);
    if (resolved.state !== 'orphaned') spans.push({ start: resolved.start, end: resolved.end });
  }
  return spans;
}

export async function suggestClaims(ctx: ServiceContext, input: ParsedInput<'suggestClaims'>): Promise<Suggestion[]> {
  const clip = requireRecord(ctx.store.data.clips, input.clipId, 'clip') as Clip;
  const text = await ctx.store.readBody(clip.textSha256, 'txt');
  const dismissed = new Set(clip.dismissedSuggestions ?? []);
  const claimed = claimedSpans(ctx, clip, text);
  const locale = localeOf(clip);
  return suggestFromText(text, locale ? { locale } : {})
    .filter((suggestion) => !dismissed.has(suggestion.key))
    .filter((suggestion) => !claimed.some((span) => span.start < suggestion.end && suggestion.start < span.end))
    .slice(0, input.limit);
}

/** Hide a suggestion for good: its key is kept on the clip, so it stays hidden in every window and the CLI. */
export async function dismissSuggestion(
  ctx: ServiceContext,
  input: ParsedInput<'dismissSuggestion'>,
): Promise<{ dismissed: string }> {
  const clip = requireRecord(ctx.store.data.clips, input.clipId, 'clip') as Clip;
  const already = clip.dismissedSuggestions ?? [];
  if (already.includes(input.key)) return { dismissed: input.key };
  const updated: Clip = { ...clip, dismissedSuggestions: [...already, input.key], updatedAt: ctx.now() };
  await ctx.store.commit([{ type: 'clip.put', clip: updated }]);
  return { dismissed: input.key };
}
