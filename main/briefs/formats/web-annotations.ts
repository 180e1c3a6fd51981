import type { BriefClaim, BriefModel } from '../brief-model';

/**
 * The brief's claims as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/): one
 * AnnotationCollection whose single AnnotationPage holds an Annotation per claim marked in a clip.
 * Each target names the article (its URL or canonical URL, else a URN for the clip) and carries the
 * claim's own selectors: a TextQuoteSelector (exact words with prefix and suffix) and a
 * TextPositionSelector (start and end in the clip's plain text, in Unicode code points, as the
 * model prescribes). Hypothesis and other W3C-aware tools anchor by the quote first and the
 * position as a hint, so the claims land on the same words in the live page.
 *
 * The body says what the reporter found: the claim in words, the verdict as a tag, and the
 * rationale as the assessment. A claim typed in without a clip has nothing to point at and is left
 * out; the collection's `total` counts what is in it.
 */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** URNs name things the notebook knows but the web does not (a clip with no address, a claim). */
export function clipUrn(clipId: string): string {
  return `urn:newsroom-notebook:clip:${clipId}`;
}

export function claimUrn(claimId: string): string {
  return `urn:newsroom-notebook:claim:${claimId}`;
}

type JsonLd = Record<string, unknown>;

function annotation(model: BriefModel, claim: BriefClaim): JsonLd | null {
  const where = claim.appearance;
  if (!where) return null;
  const selectors = where.anchor ? [{ ...where.anchor.quote }, { ...where.anchor.position }] : [];
  const target: JsonLd = { source: where.url ?? clipUrn(where.clipId) };
  if (selectors.length > 0) target['selector'] = selectors;
  const body: JsonLd[] = [
    { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: claim.text },
    { type: 'TextualBody', purpose: 'tagging', value: claim.verdict },
  ];
  if (claim.rationale) body.push({ type: 'TextualBody', purpose: 'assessing', format: 'text/plain', value: claim.rationale });
  const creator = model.organization.name ?? model.reporterName;
  return {
    id: claimUrn(claim.id),
    type: 'Annotation',
    motivation: 'assessing',
    ...(creator ? { creator: { type: model.organization.name ? 'Organization' : 'Person', name: creator } } : {}),
    ...(claim.decidedAt ? { modified: claim.decidedAt } : {}),
    generated: model.generatedAt,
    generator: { type: 'Software', name: 'Newsroom Notebook' },
    body,
    target,
  };
}

/** The claims the brief prints: final ones, and the open ones too when the brief includes them. */
function briefClaims(model: BriefModel): BriefClaim[] {
  return model.includeOpen ? [...model.claims, ...model.openClaims] : model.claims;
}

export function renderWebAnnotations(model: BriefModel): object {
  const items = briefClaims(model)
    .map((claim) => annotation(model, claim))
    .filter((item): item is JsonLd => item !== null);
  // A brief is one export at one moment: its time names the collection.
  const id = `urn:newsroom-notebook:brief:${model.generatedAt}`;
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: model.title,
    total: items.length,
    first: { id: `${id}:page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
