import type { Suggestion } from '../../api/views';
import { toCodePointOffset } from '../anchor';
import { sha256Hex } from '../sha256';
import { attributionSignal } from './attribution';
import { comparisonSignal } from './comparison';
import { opinionDamping, predictionDamping, questionDamping, type Damping } from './damping';
import { nameSignal } from './names';
import { dateSignal, quantitySignals, type Signal } from './quantities';
import { splitSentences } from './sentences';

/**
 * Offline claim suggestions: split the text into sentences and score each for check-worthiness with
 * rules drawn from Full Fact's and ClaimBuster's criteria (figures, dates, attributions, comparisons,
 * named entities), then damp questions, predictions and opinions. Every suggestion says why it was
 * made, so a reporter can judge it, and carries a key that stays the same for the same sentence, so
 * a dismissal sticks across runs.
 */

export interface SuggestOptions {
  /** How many suggestions to return at most, best first. */
  limit?: number;
  /** BCP 47 language of the text, for sentence splitting; the runtime default otherwise. */
  locale?: string;
}

/** Below this a sentence has no real sign of a checkable fact (a lone name, say) and is not offered. */
const MIN_EVIDENCE = 2;
/** Fewer words than this is a fragment or a heading, rarely a claim. */
const MIN_WORDS = 4;

export interface ScoredSentence {
  score: number;
  reasons: string[];
}

/** The check-worthiness of one sentence and the reasons for it; score 0 means "not worth suggesting". */
export function scoreSentence(sentence: string): ScoredSentence {
  const date = dateSignal(sentence);
  const signals: Signal[] = [
    ...quantitySignals(date.rest),
    ...[date.signal, attributionSignal(sentence), comparisonSignal(sentence), nameSignal(sentence)].filter(
      (signal): signal is Signal => signal !== null,
    ),
  ];
  const evidence = signals.reduce((sum, signal) => sum + signal.weight, 0);
  const dampings = [questionDamping(sentence), predictionDamping(sentence), opinionDamping(sentence)].filter(
    (damping): damping is Damping => damping !== null,
  );
  const words = sentence.split(/\s+/u).filter(Boolean).length;
  if (words < MIN_WORDS) dampings.push({ factor: 0.5, reason: 'down-ranked: very short' });
  const factor = dampings.reduce((product, damping) => product * damping.factor, 1);
  const score = evidence < MIN_EVIDENCE ? 0 : Math.round(evidence * factor * 100) / 100;
  return { score, reasons: [...signals.map((signal) => signal.reason), ...dampings.map((damping) => damping.reason)] };
}

/** The same sentence always gets the same key: case, spacing and Unicode form do not matter. */
export function suggestionKey(sentence: string, occurrence = 0): string {
  const normalised = sentence.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return sha256Hex(occurrence === 0 ? `suggestion:${normalised}` : `suggestion:${normalised}#${occurrence}`);
}

/**
 * Code-point offsets for UTF-16 offsets that only ever grow, counted from where the last one stopped,
 * so a long article is walked once rather than once per sentence.
 */
function codePointCounter(text: string): (utf16Offset: number) => number {
  let at16 = 0;
  let atCodePoint = 0;
  return (utf16Offset) => {
    atCodePoint += toCodePointOffset(text.slice(at16, utf16Offset), utf16Offset - at16);
    at16 = utf16Offset;
    return atCodePoint;
  };
}

/** Sentences of `text` worth checking, best first, each with its reasons and code-point span. */
export function suggestClaims(text: string, options: SuggestOptions = {}): Suggestion[] {
  const seen = new Map<string, number>();
  const suggestions: Suggestion[] = [];
  const codePointAt = codePointCounter(text);
  for (const sentence of splitSentences(text, options.locale)) {
    const base = suggestionKey(sentence.text);
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    const start = codePointAt(sentence.start);
    const end = codePointAt(sentence.end);
    const { score, reasons } = scoreSentence(sentence.text);
    if (score <= 0) continue;
    suggestions.push({
      key: occurrence === 0 ? base : suggestionKey(sentence.text, occurrence),
      text: sentence.text,
      start,
      end,
      score,
      reasons: reasons.filter((reason) => reason !== ''),
    });
  }
  suggestions.sort((a, b) => b.score - a.score || a.start - b.start);
  return options.limit === undefined ? suggestions : suggestions.slice(0, options.limit);
}
