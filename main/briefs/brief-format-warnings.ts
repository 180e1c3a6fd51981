import type { BriefFormat } from '../../shared/domain/brief-formats';
import type { BriefModel } from './brief-model';

/**
 * Warnings that depend on the format a brief is exported in, written once here so the CLI and the
 * app's Export brief dialog say the same words. Today one: ClaimReview (alone, or inside the evidence
 * bundle) takes its `url` and `author` from the notebook's settings, and Google requires the `url`.
 */

/** Formats whose output carries ClaimReview, and so needs the organization's URL. */
export const FORMATS_NEEDING_ORGANIZATION_URL: readonly BriefFormat[] = ['claimreview', 'bundle'];

export function needsOrganizationUrl(format: BriefFormat): boolean {
  return FORMATS_NEEDING_ORGANIZATION_URL.includes(format);
}

/** The ClaimReview warning for a model whose organization has no URL; null when nothing is missing. */
export function missingOrganizationWarning(model: Pick<BriefModel, 'organization' | 'reporterName'>): string | null {
  if (model.organization.url?.trim()) return null;
  const hasAuthor = Boolean(model.organization.name?.trim() || model.reporterName?.trim());
  const what = hasAuthor ? "your organization's URL" : "your organization's name and URL";
  return `The ClaimReview has no url, which Google requires${hasAuthor ? '' : ', and no author'}: set ${what} in the notebook's Settings (in the CLI: settings --organization NAME --organization-url URL), then export again.`;
}

/** Every warning the format adds to the model's own (open claims left out, claims without a source). */
export function formatWarnings(model: Pick<BriefModel, 'organization' | 'reporterName'>, format: BriefFormat): string[] {
  if (!needsOrganizationUrl(format)) return [];
  const warning = missingOrganizationWarning(model);
  return warning ? [warning] : [];
}
