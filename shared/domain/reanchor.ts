import search from 'approx-string-match';
import type { ResolvedAnchor } from '../api/views';
import { toCodePointOffset, toUtf16Offset } from './anchor';
import type { Anchor } from './entities';

/**
 * Finding where a claim's W3C selectors sit in a clip's text, the way Hypothesis re-anchors its
 * annotations: trust the stored position only if the quote is still there; else look for the exact
 * quote (picking the occurrence whose context fits best); else a fuzzy match of the quote. A claim
 * that matches nowhere is 'orphaned' and keeps its quote: the caller shows it, never drops it.
 *
 * Work is done in UTF-16 offsets (what JS strings and approx-string-match use) and every result is
 * converted to code points, the unit of the W3C selectors.
 */

export type { ResolvedAnchor };

/** Errors a fuzzy match may have, as a share of the quote's length: a light edit, not a rewrite. */
const MAX_ERROR_RATIO = 1 / 4;
/** Hypothesis caps errors too: beyond this the search gets slow and the match meaningless. */
const MAX_ERRORS = 256;

/** Hypothesis's weights: the quote matters most, then its context, then staying near the old place. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** How alike `context` is to the best-matching part of `window`: 1 identical, 0 nothing in common. */
function contextScore(window: string, context: string): number {
  if (context.length === 0) return 1;
  if (window.length === 0) return 0;
  const best = search(window, context, context.length)[0];
  return best ? Math.max(0, 1 - best.errors / context.length) : 0;
}

/** Rank a candidate span by quote errors, prefix/suffix similarity and distance from the old position. */
function scoreCandidate(text: string, anchor: Anchor, hint: number, candidate: Candidate): number {
  const { exact, prefix, suffix } = anchor.quote;
  const quoteScore = 1 - candidate.errors / exact.length;
  const prefixScore = contextScore(text.slice(Math.max(0, candidate.start - prefix.length), candidate.start), prefix);
  const suffixScore = contextScore(text.slice(candidate.end, candidate.end + suffix.length), suffix);
  const positionScore = text.length === 0 ? 1 : 1 - Math.abs(candidate.start - hint) / text.length;
  return (
    WEIGHTS.quote * quoteScore +
    WEIGHTS.prefix * prefixScore +
    WEIGHTS.suffix * suffixScore +
    WEIGHTS.position * positionScore
  );
}

function best(text: string, anchor: Anchor, hint: number, candidates: readonly Candidate[]): Candidate | undefined {
  let winner: Candidate | undefined;
  let winnerScore = -Infinity;
  for (const candidate of candidates) {
    const score = scoreCandidate(text, anchor, hint, candidate);
    if (score > winnerScore) {
      winner = candidate;
      winnerScore = score;
    }
  }
  return winner;
}

function exactOccurrences(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

/**
 * Offset converters for this text. Most articles have no character outside the Basic Multilingual
 * Plane (no emoji), and then code points and UTF-16 units coincide: skip the per-character walk.
 */
function convertersFor(text: string): { toUtf16: (cp: number) => number; toCodePoint: (u16: number) => number } {
  // No u flag on purpose: then the class matches UTF-16 units, so either half of a surrogate pair.
  if (!/[\uD800-\uDFFF]/.test(text)) {
    const clamp = (offset: number) => Math.min(offset, text.length);
    return { toUtf16: clamp, toCodePoint: clamp };
  }
  return { toUtf16: (cp) => toUtf16Offset(text, cp), toCodePoint: (u16) => toCodePointOffset(text, u16) };
}

function resolved(toCodePoint: (u16: number) => number, state: 'anchored' | 'moved' | 'fuzzy', span: Candidate): ResolvedAnchor {
  return { state, start: toCodePoint(span.start), end: toCodePoint(span.end) };
}

/** Where `anchor` sits in `text` now, in code points, and how it was found. */
export function reanchor(text: string, anchor: Anchor): ResolvedAnchor {
  const { exact } = anchor.quote;
  if (exact.length === 0) return { state: 'orphaned' };

  const { toUtf16, toCodePoint } = convertersFor(text);
  const start16 = toUtf16(anchor.position.start);
  const end16 = toUtf16(anchor.position.end);
  if (text.slice(start16, end16) === exact) return resolved(toCodePoint, 'anchored', { start: start16, end: end16, errors: 0 });

  const exactMatch = best(text, anchor, start16, exactOccurrences(text, exact));
  if (exactMatch) return resolved(toCodePoint, 'moved', exactMatch);

  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * MAX_ERROR_RATIO));
  if (maxErrors === 0) return { state: 'orphaned' };
  const fuzzyMatch = best(text, anchor, start16, search(text, exact, maxErrors));
  return fuzzyMatch ? resolved(toCodePoint, 'fuzzy', fuzzyMatch) : { state: 'orphaned' };
}
