import { describe, expect, it } from 'vitest';
import { buildBriefModel } from '../../../../main/briefs/brief-builder';
import {
  CLAIM_REVIEW_BEST_RATING,
  CLAIM_REVIEW_RATINGS,
  CLAIM_REVIEW_WORST_RATING,
  renderClaimReview,
} from '../../../../main/briefs/formats/claim-review';
import { ARTICLE_URL, QUOTES, handBuiltModel } from '../hand-built-model';
import { BRIEF_QUOTES, createBriefNotebook } from '../../../support/brief-notebook';

interface Review {
  '@type': string;
  url?: string;
  claimReviewed: string;
  datePublished: string;
  author?: { '@type': string; name: string; url?: string };
  reviewRating: { '@type': string; ratingValue?: number; worstRating?: number; bestRating?: number; alternateName: string };
  itemReviewed: {
    '@type': string;
    appearance?: Array<{ url?: string; headline?: string }>;
    firstAppearance?: { url?: string };
    author?: { name: string };
    datePublished?: string;
  };
}

function reviews(doc: object): Review[] {
  const graph = (doc as { '@context': string; '@graph': Review[] })['@graph'];
  expect((doc as { '@context': string })['@context']).toBe('https://schema.org');
  return graph;
}

describe('renderClaimReview', () => {
  it('writes one ClaimReview per final claim, with every field Google requires and recommends', () => {
    const all = reviews(renderClaimReview(handBuiltModel()));
    expect(all.map((review) => review.claimReviewed)).toEqual([QUOTES.mines, QUOTES.embassy, QUOTES.treaty]);
    for (const review of all) {
      expect(review['@type']).toBe('ClaimReview');
      // Required: claimReviewed, reviewRating.alternateName, url.
      expect(review.claimReviewed.length).toBeGreaterThan(0);
      expect(review.reviewRating.alternateName.length).toBeGreaterThan(0);
      expect(review.url).toMatch(/^https:\/\/factdesk\.example\.org\/checks\/landmines#claim-/);
      // Recommended: author (the notebook's organization), datePublished, itemReviewed.
      expect(review.author).toEqual({ '@type': 'Organization', name: 'Example Fact Desk', url: 'https://factdesk.example.org/checks/landmines' });
      expect(review.datePublished).toBe('2024-11-22');
      expect(review.itemReviewed['@type']).toBe('Claim');
      expect(review.itemReviewed.appearance?.[0]?.url).toBe(ARTICLE_URL);
      expect(review.itemReviewed.firstAppearance?.url).toBe(ARTICLE_URL);
      expect(review.itemReviewed.author?.name).toBe('A. Correspondent');
      expect(review.itemReviewed.datePublished).toBe('2024-11-20');
    }
    // Each review has its own address.
    expect(new Set(all.map((review) => review.url)).size).toBe(3);
  });

  it('rates by the documented mapping: verified 5 "True", false 1 "False", on a 1-5 scale', () => {
    const [mines, , treaty] = reviews(renderClaimReview(handBuiltModel()));
    expect(mines?.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 5, worstRating: 1, bestRating: 5, alternateName: 'True' });
    expect(treaty?.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 1, worstRating: 1, bestRating: 5, alternateName: 'False' });
    expect(CLAIM_REVIEW_WORST_RATING).toBe(1);
    expect(CLAIM_REVIEW_BEST_RATING).toBe(5);
    expect(CLAIM_REVIEW_RATINGS.misleading).toEqual({ ratingValue: 2, alternateName: 'Misleading' });
  });

  it('gives misleading a 2 and leaves unverifiable unrated, with its verdict in words', () => {
    const model = handBuiltModel();
    const [first, second] = model.claims;
    if (!first || !second) throw new Error('fixture');
    model.claims = [
      { ...first, status: 'misleading', verdict: 'Misleading' },
      { ...second, status: 'unverifiable', verdict: 'Unverifiable' },
    ];
    const [misleading, unverifiable] = reviews(renderClaimReview(model));
    expect(misleading?.reviewRating).toMatchObject({ ratingValue: 2, worstRating: 1, bestRating: 5, alternateName: 'Misleading' });
    expect(unverifiable?.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable' });
  });

  it('never reviews an open claim, even when the brief prints open claims', () => {
    const model = handBuiltModel({ includeOpen: true });
    const [first] = model.claims;
    if (!first) throw new Error('fixture');
    model.openClaims = [{ ...first, id: '01JD00000000000000000000C9', status: 'in_progress', verdict: 'In progress' }];
    model.claims = model.claims.slice(1);
    expect(reviews(renderClaimReview(model)).map((review) => review.claimReviewed)).toEqual([QUOTES.embassy, QUOTES.treaty]);
  });

  it('falls back to the reporter as author and leaves out what the notebook does not know', () => {
    const model = handBuiltModel({ organization: {} });
    const [first] = model.claims;
    if (!first?.appearance) throw new Error('fixture');
    model.claims = [{ ...first, appearance: { clipId: first.appearance.clipId, clipTitle: 'Pasted text' } }];
    const [review] = reviews(renderClaimReview(model));
    expect(review?.author).toEqual({ '@type': 'Person', name: 'R. Porter' });
    expect(review?.url).toBeUndefined();
    expect(review?.itemReviewed).toEqual({
      '@type': 'Claim',
      appearance: [{ '@type': 'CreativeWork', headline: 'Pasted text' }],
      firstAppearance: { '@type': 'CreativeWork', headline: 'Pasted text' },
    });
  });
});

describe('renderClaimReview on the sample notebook (two verified, one false)', () => {
  it('reviews exactly the three final claims, each with every required field and the documented rating', async () => {
    const nb = await createBriefNotebook();
    const model = await buildBriefModel(nb.ctx, { scope: { kind: 'clip', clipId: nb.clip.id }, includeOpen: true });
    const all = reviews(renderClaimReview(model));
    const byText = new Map(all.map((review) => [review.claimReviewed, review]));
    expect([...byText.keys()].sort()).toEqual([BRIEF_QUOTES.ottawa, BRIEF_QUOTES.notSigned, BRIEF_QUOTES.washington].sort());
    for (const review of all) {
      expect(review.url).toMatch(/^https:\/\/gazette\.example\/#claim-[0-9A-Z]{26}$/);
      expect(review.author).toEqual({ '@type': 'Organization', name: 'Gazette Fact Desk', url: 'https://gazette.example/' });
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(review.itemReviewed['@type']).toBe('Claim');
      expect(review.itemReviewed.appearance?.[0]?.headline).toBe(nb.clip.title);
      expect(review.itemReviewed.firstAppearance).toEqual(review.itemReviewed.appearance?.[0]);
    }
    expect(byText.get(BRIEF_QUOTES.ottawa)?.reviewRating).toMatchObject({ ratingValue: 5, worstRating: 1, bestRating: 5, alternateName: 'True' });
    expect(byText.get(BRIEF_QUOTES.notSigned)?.reviewRating).toMatchObject({ ratingValue: 5, alternateName: 'True' });
    expect(byText.get(BRIEF_QUOTES.washington)?.reviewRating).toMatchObject({ ratingValue: 1, worstRating: 1, bestRating: 5, alternateName: 'False' });
  });
});
