import type { Claim } from '../../shared/domain/entities';

/** Claims in reading order: anchored ones by where they sit in the text, then free-standing ones by age. */
export function inReadingOrder(claims: readonly Claim[]): Claim[] {
  return [...claims].sort((a, b) => {
    const pa = a.anchor?.position.start ?? Number.POSITIVE_INFINITY;
    const pb = b.anchor?.position.start ?? Number.POSITIVE_INFINITY;
    if (pa !== pb) return pa - pb;
    return a.createdAt.localeCompare(b.createdAt);
  });
}

/** The words a claim is about: the quoted span when it has one, else its typed text. */
export function claimWords(claim: Claim): string {
  return claim.anchor?.quote.exact ?? claim.text;
}
