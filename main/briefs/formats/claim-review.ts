import type { Status } from '../../../shared/domain/status';
import type { BriefAppearance, BriefClaim, BriefModel } from '../brief-model';

/**
 * ClaimReview JSON-LD (schema.org), as Google's fact-check markup reads it: one ClaimReview per claim
 * in a final status, in an `@graph`. Required by Google: `claimReviewed`, `reviewRating` (with
 * `alternateName`, the verdict in words) and `url`; recommended: `author`, `datePublished`,
 * `itemReviewed` (a Claim with its `appearance`, `firstAppearance`, `author`, `datePublished`).
 *
 * The rating scale, 1 (worst) to 5 (best), is how "true" the claim turned out to be:
 *
 *   status        ratingValue  alternateName
 *   verified      5            True
 *   misleading    2            Misleading
 *   false         1            False
 *   unverifiable  (none)       Unverifiable
 *
 * An unverifiable claim is not a point on a truth scale, so it carries no ratingValue (nor a
 * worstRating/bestRating, which only qualify a value): Google shows the textual rating, which is
 * what a reader sees anyway. Open statuses (unverified, in progress) are never reviewed.
 */
export const CLAIM_REVIEW_WORST_RATING = 1;
export const CLAIM_REVIEW_BEST_RATING = 5;

export const CLAIM_REVIEW_RATINGS: Readonly<Record<'verified' | 'misleading' | 'false' | 'unverifiable', { ratingValue?: number; alternateName: string }>> = {
  verified: { ratingValue: 5, alternateName: 'True' },
  misleading: { ratingValue: 2, alternateName: 'Misleading' },
  false: { ratingValue: 1, alternateName: 'False' },
  unverifiable: { alternateName: 'Unverifiable' },
};

type JsonLd = Record<string, unknown>;

function isReviewable(status: Status): status is keyof typeof CLAIM_REVIEW_RATINGS {
  return status in CLAIM_REVIEW_RATINGS;
}

/** Only the keys whose value is known: JSON-LD has no use for empty strings or nulls. */
function compact(object: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== '' && value !== null));
}

function rating(status: keyof typeof CLAIM_REVIEW_RATINGS): JsonLd {
  const { ratingValue, alternateName } = CLAIM_REVIEW_RATINGS[status];
  if (ratingValue === undefined) return { '@type': 'Rating', alternateName };
  return { '@type': 'Rating', ratingValue, worstRating: CLAIM_REVIEW_WORST_RATING, bestRating: CLAIM_REVIEW_BEST_RATING, alternateName };
}

/** The fact-checker: the notebook's organization, or else the reporter, from the notebook's settings. */
function reviewAuthor(model: BriefModel): JsonLd | undefined {
  const name = model.organization.name?.trim();
  if (name) return compact({ '@type': 'Organization', name, url: model.organization.url });
  const reporter = model.reporterName?.trim();
  return reporter ? { '@type': 'Person', name: reporter } : undefined;
}

/** Where the claim was made: the clipped article, with what the capture knows of it. */
function appearance(where: BriefAppearance): JsonLd {
  return compact({
    '@type': 'CreativeWork',
    url: where.url,
    headline: where.clipTitle,
    author: where.author ? { '@type': 'Person', name: where.author } : undefined,
    publisher: where.outlet ? { '@type': 'Organization', name: where.outlet } : undefined,
    datePublished: where.publishedTime,
  });
}

/** Who made the claim: the article's byline when there is one, else the outlet that published it. */
function claimAuthor(where: BriefAppearance): JsonLd | undefined {
  if (where.author) return { '@type': 'Person', name: where.author };
  if (where.outlet) return { '@type': 'Organization', name: where.outlet };
  return undefined;
}

function itemReviewed(claim: BriefClaim): JsonLd {
  const where = claim.appearance;
  if (!where) return { '@type': 'Claim' };
  const work = appearance(where);
  // The clip is the only appearance the notebook knows, so it is also the first known one.
  return compact({
    '@type': 'Claim',
    appearance: [work],
    firstAppearance: work,
    author: claimAuthor(where),
    datePublished: where.publishedTime,
  });
}

/** The review's address: the organization's page, with the claim as its fragment, so each review has its own. */
function reviewUrl(model: BriefModel, claim: BriefClaim): string | undefined {
  const base = model.organization.url?.trim();
  if (!base) return undefined;
  return `${base.split('#')[0]}#claim-${claim.id}`;
}

export function claimReview(model: BriefModel, claim: BriefClaim): JsonLd | null {
  if (!isReviewable(claim.status)) return null;
  return compact({
    '@type': 'ClaimReview',
    url: reviewUrl(model, claim),
    claimReviewed: claim.text,
    reviewRating: rating(claim.status),
    itemReviewed: itemReviewed(claim),
    author: reviewAuthor(model),
    datePublished: model.generatedAt.slice(0, 10),
    reviewBody: claim.rationale,
  });
}

/** Every claim of the brief with a final status, as one JSON-LD document. */
export function renderClaimReview(model: BriefModel): object {
  const reviews = model.claims.map((claim) => claimReview(model, claim)).filter((review): review is JsonLd => review !== null);
  return { '@context': 'https://schema.org', '@graph': reviews };
}
