import { isFinal } from '../../../shared/domain/status';
import type { Stance } from '../../../shared/domain/entities';
import type { BriefAppearance, BriefCitation, BriefClaim, BriefModel } from '../brief-model';

/**
 * The words every document format prints, in one place, so the Markdown, HTML, PDF and Word briefs
 * say the same thing in the same way and only their markup differs.
 */

export const STANCE_HEADINGS: Record<Stance, string> = {
  supports: 'Supporting evidence',
  contradicts: 'Contradicting evidence',
  context: 'Context',
};

export const OPEN_SECTION_TITLE = 'Still being checked';
export const SOURCES_TITLE = 'Sources';

/** The calendar day of an ISO time or date, as printed ("2025-03-01"); anything else as given. */
export function printedDay(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(value);
  return day ? day[0] : value;
}

/** Only web addresses become links; anything else is printed as text, never followed. */
export function isWebUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\/[^\s]+$/i.test(url);
}

/** "Generated 2025-03-01 by Ana Ruiz, Gazette Fact Desk", as the brief's byline. */
export function generatedLine(model: BriefModel): string {
  const by = [model.reporterName, model.organization.name].filter(Boolean).join(', ');
  return `${model.scopeLabel}. Generated ${printedDay(model.generatedAt)}${by ? ` by ${by}` : ''}.`;
}

/** Where a claim appeared, without its URL (formats link it their own way). */
export function appearanceParts(appearance: BriefAppearance): string[] {
  return [appearance.clipTitle, appearance.outlet, appearance.author, printedDay(appearance.publishedTime)].filter(
    (part): part is string => Boolean(part),
  );
}

/** A verdict was decided on a day; an open claim has only been in its status since then. */
export function decidedWord(claim: BriefClaim): 'decided' | 'since' {
  return isFinal(claim.status) ? 'decided' : 'since';
}

/** The verdict line: the status in words, and the day it was set when known. */
export function verdictLine(claim: BriefClaim): string {
  const day = printedDay(claim.decidedAt);
  return day ? `${claim.verdict} (${decidedWord(claim)} ${day})` : claim.verdict;
}

/** A citation's parts after the title, in reference-list order, without the URL. */
export function citationDetails(citation: BriefCitation): string[] {
  return [
    citation.author,
    citation.publisher,
    citation.date ? `Published ${printedDay(citation.date)}` : undefined,
  ].filter((part): part is string => Boolean(part));
}

export function accessedText(citation: BriefCitation): string | undefined {
  return citation.accessedDate ? `Accessed ${printedDay(citation.accessedDate)}` : undefined;
}

export function captureText(citation: BriefCitation): string | undefined {
  return citation.captureSha256 ? `Capture SHA-256: ${citation.captureSha256}` : undefined;
}

/** The claims each section prints: the verdicts, then open claims only when asked for. */
export function printedSections(model: BriefModel): Array<{ title: string | null; claims: BriefClaim[] }> {
  const sections: Array<{ title: string | null; claims: BriefClaim[] }> = [{ title: null, claims: model.claims }];
  if (model.includeOpen && model.openClaims.length > 0) sections.push({ title: OPEN_SECTION_TITLE, claims: model.openClaims });
  return sections;
}

/** printedDay for a value known to be there. */
export function printDayOrNothing(value: string): string {
  return printedDay(value) ?? '';
}

/** The title of the source an evidence item cites, so each item names where it comes from. */
export function sourceTitle(model: BriefModel, n: number): string {
  return model.citations[n - 1]?.title ?? `Source ${n}`;
}
