import { AppError } from '../../shared/api/result';
import type { Claim, Clip, Evidence, Source } from '../../shared/domain/entities';
import { STANCES } from '../../shared/domain/entities';
import { STATUS_LABELS, isFinal, type Status } from '../../shared/domain/status';
import { isLiveEvidence, shortText } from '../services/live-records';
import type { ServiceContext } from '../services/service-context';
import { CitationList } from './brief-citations';
import type { BriefAppearance, BriefClaim, BriefEvidence, BriefModel, BriefOptions } from './brief-model';
import { resolveScope } from './brief-scope';

/** The address a clip was published at, when it is a web address a reader can follow. */
function publishedUrl(clip: Clip): string | undefined {
  const origin = clip.capture.origin && /^https?:\/\//i.test(clip.capture.origin) ? clip.capture.origin : undefined;
  return clip.canonicalUrl ?? clip.capture.finalUrl ?? origin;
}

function appearanceOf(claim: Claim, clip: Clip | undefined): BriefAppearance | undefined {
  if (!clip) return undefined;
  const appearance: BriefAppearance = {
    clipId: clip.id,
    clipTitle: clip.title,
    htmlSha256: clip.htmlSha256,
    bytesSha256: clip.capture.bytesSha256,
    capturedAt: clip.capture.capturedAt,
  };
  const url = publishedUrl(clip);
  if (clip.siteName) appearance.outlet = clip.siteName;
  if (clip.byline) appearance.author = clip.byline;
  if (clip.publishedTime) appearance.publishedTime = clip.publishedTime;
  if (url) appearance.url = url;
  if (claim.anchor) appearance.anchor = claim.anchor;
  return appearance;
}

/** A claim's live evidence (not unlinked, source not in the trash), oldest link first. */
function evidenceByClaim(ctx: ServiceContext): Map<string, Evidence[]> {
  const byClaim = new Map<string, Evidence[]>();
  for (const item of Object.values(ctx.store.data.evidence) as Evidence[]) {
    if (!isLiveEvidence(ctx, item)) continue;
    const list = byClaim.get(item.claimId) ?? [];
    list.push(item);
    byClaim.set(item.claimId, list);
  }
  for (const list of byClaim.values()) list.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return byClaim;
}

function toBriefClaim(ctx: ServiceContext, claim: Claim, evidence: Evidence[], citations: CitationList): BriefClaim {
  // The last history entry set the current status: its rationale is the verdict's reasoning.
  const last = claim.history[claim.history.length - 1];
  const grouped = STANCES.map((stance) => ({
    stance,
    items: evidence
      .filter((item) => item.stance === stance)
      .map((item): BriefEvidence => {
        const entry: BriefEvidence = { stance, citation: citations.numberFor(ctx.store.data.sources[item.sourceId] as Source) };
        if (item.quote) entry.quote = item.quote;
        if (item.locator) entry.locator = item.locator;
        if (item.note) entry.note = item.note;
        return entry;
      }),
  })).filter((group) => group.items.length > 0);
  const briefClaim: BriefClaim = {
    id: claim.id,
    text: claim.text,
    status: claim.status,
    verdict: STATUS_LABELS[claim.status],
    evidence: grouped,
  };
  if (last && last.to === claim.status && last.rationale.trim() && isFinal(claim.status)) briefClaim.rationale = last.rationale.trim();
  if (last) briefClaim.decidedAt = last.at;
  const appearance = appearanceOf(claim, claim.clipId ? (ctx.store.data.clips[claim.clipId] as Clip | undefined) : undefined);
  if (appearance) briefClaim.appearance = appearance;
  return briefClaim;
}

function countWords(claims: BriefClaim[]): string {
  const counts = new Map<string, number>();
  for (const claim of claims) counts.set(claim.verdict.toLowerCase(), (counts.get(claim.verdict.toLowerCase()) ?? 0) + 1);
  return [...counts].map(([verdict, n]) => `${n} ${verdict}`).join(', ');
}

function defaultSummary(claims: BriefClaim[], openClaims: BriefClaim[], includeOpen: boolean): string {
  const checked = `${claims.length} claim${claims.length === 1 ? '' : 's'} checked${claims.length ? `: ${countWords(claims)}` : ''}.`;
  if (!includeOpen || openClaims.length === 0) return checked;
  return `${checked} ${openClaims.length} still being checked.`;
}

/** The open claims left out, named so the reporter can decide whether to wait for them. */
function leftOutWarning(open: Claim[]): string {
  const names = open.map((claim) => `"${shortText(claim.text, 100)}" (${STATUS_LABELS[claim.status].toLowerCase()})`).join('; ');
  const count = open.length === 1 ? '1 claim is' : `${open.length} claims are`;
  return `${count} still being checked and left out: ${names}. Include claims still being checked to list them under "Still being checked".`;
}

/**
 * Read the store into a BriefModel: the claims in scope with their verdict and rationale, their
 * evidence by stance, where each claim appeared, and numbered citations. Claims not in a final
 * status are left out with a warning naming them, or kept apart when includeOpen is set.
 */
export async function buildBriefModel(ctx: ServiceContext, options: BriefOptions): Promise<BriefModel> {
  const scope = resolveScope(ctx, options.scope);
  const wanted = options.statuses && options.statuses.length > 0 ? new Set<Status>(options.statuses) : null;
  // A filter that names only final verdicts still leaves every open claim to be warned about.
  const wantsOpenFilter = wanted !== null && [...wanted].some((status) => !isFinal(status));
  const final = scope.claims.filter((claim) => isFinal(claim.status) && (!wanted || wanted.has(claim.status)));
  const open = scope.claims.filter((claim) => !isFinal(claim.status) && (!wantsOpenFilter || wanted!.has(claim.status)));

  if (final.length === 0 && (!options.includeOpen || open.length === 0)) {
    const filter = wanted ? ` marked ${[...wanted].filter(isFinal).map((s) => STATUS_LABELS[s].toLowerCase()).join(' or ') || 'with a final verdict'}` : ' with a final verdict';
    const hint = open.length > 0 ? ' Include claims still being checked, or finish checking first.' : ' Choose other statuses or another scope.';
    throw new AppError('invalid_input', `No claim in ${scope.phrase} is${filter} yet.${hint}`);
  }

  const evidence = evidenceByClaim(ctx);
  const citations = new CitationList(ctx.store.data.clips as Readonly<Record<string, Clip>>);
  const claims = final.map((claim) => toBriefClaim(ctx, claim, evidence.get(claim.id) ?? [], citations));
  // Open claims' sources are cited only when they are printed, so no footnote points at nothing.
  const openClaims = open.map((claim) =>
    toBriefClaim(ctx, claim, options.includeOpen ? (evidence.get(claim.id) ?? []) : [], options.includeOpen ? citations : new CitationList({})),
  );
  const warnings = open.length > 0 && !options.includeOpen ? [leftOutWarning(open)] : [];
  const excludedFinal = scope.claims.filter((claim) => isFinal(claim.status) && wanted && !wanted.has(claim.status)).length;
  if (excludedFinal > 0) {
    warnings.push(`${excludedFinal} claim${excludedFinal === 1 ? '' : 's'} with a verdict outside the chosen statuses ${excludedFinal === 1 ? 'is' : 'are'} left out.`);
  }
  for (const claim of claims) {
    if (!claim.evidence.length) warnings.push(`"${shortText(claim.text, 80)}" is marked ${claim.verdict.toLowerCase()} with no source linked.`);
  }

  const printed = options.includeOpen ? [...claims, ...openClaims] : claims;
  const clipIds = new Set<string>();
  for (const claim of printed) if (claim.appearance) clipIds.add(claim.appearance.clipId);
  for (const citation of citations.citations) if (citation.clipId) clipIds.add(citation.clipId);

  const settings = ctx.store.data.settings;
  const model: BriefModel = {
    title: options.title?.trim() || scope.defaultTitle,
    summary: options.summary?.trim() || defaultSummary(claims, openClaims, options.includeOpen),
    scopeLabel: scope.label,
    generatedAt: ctx.now(),
    organization: {
      ...(settings.organizationName ? { name: settings.organizationName } : {}),
      ...(settings.organizationUrl ? { url: settings.organizationUrl } : {}),
    },
    claims,
    openClaims,
    includeOpen: options.includeOpen,
    warnings,
    citations: citations.citations,
    clipIds: [...clipIds],
  };
  if (settings.reporterName) model.reporterName = settings.reporterName;
  return model;
}
