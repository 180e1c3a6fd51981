import { hasDigits } from './quantities';
import { matchesOf, wordsRegex } from './word-patterns';

/**
 * What makes a sentence less worth checking now: questions assert nothing, predictions cannot be
 * checked until later, and opinions are not facts (Full Fact's and ClaimBuster's "non-factual").
 * Each returns a factor below 1 and says why, so the reporter sees why a sentence ranks low.
 */

export interface Damping {
  factor: number;
  reason: string;
}

const QUESTION_END = /[?؟？\u037E]\s*['"’”»)]*\s*$/u;

/** Forecasts proper: these are about what has not happened. */
const FORECAST = wordsRegex([
  'expected to', 'expects', 'expect', 'expected', 'plans to', 'planning to', 'plan to', 'intends to', 'going to', 'likely to',
  'unlikely to', 'set to', 'projected to', 'forecast', 'forecasts', 'predicted', 'predicts', 'is poised to', 'aims to',
]);
const HEDGE = wordsRegex(['may', 'might', 'could', 'perhaps', 'possibly', 'probably']);
/**
 * A bare "will" is weaker: reports often describe how something works ("they will remain active for
 * two weeks"), which can be checked today. It costs less when the sentence has hard figures.
 */
const WILL = wordsRegex(['will', "won't", 'would', 'shall', "'ll"]);

const OPINION = wordsRegex(
  [
    'I think', 'I believe', 'I feel', 'we believe', 'we think', 'in my view', 'in my opinion', 'in our view',
    'should', "shouldn't", 'must', 'ought to', 'best', 'worst', 'terrible', 'awful', 'wonderful', 'great',
    'disgrace', 'disgraceful', 'shameful', 'outrageous', 'ridiculous', 'absurd', 'brilliant', 'unacceptable',
    'clearly', 'obviously', 'undoubtedly', 'hopefully', 'unfortunately', 'fortunately', 'sadly', 'amazing',
  ],
  'gu',
);

export function questionDamping(sentence: string): Damping | null {
  return QUESTION_END.test(sentence) ? { factor: 0.3, reason: 'down-ranked: a question' } : null;
}

export function predictionDamping(sentence: string): Damping | null {
  const forecast = matchesOf(FORECAST, sentence);
  if (forecast.length > 0) return { factor: 0.5, reason: `down-ranked: a prediction (${forecast[0]})` };
  const hedge = matchesOf(HEDGE, sentence);
  if (hedge.length > 0) return { factor: 0.6, reason: `down-ranked: hedged (${hedge[0]})` };
  const will = matchesOf(WILL, sentence);
  if (will.length > 0) {
    return { factor: hasDigits(sentence) ? 0.85 : 0.7, reason: `down-ranked: about the future (${will[0]})` };
  }
  return null;
}

export function opinionDamping(sentence: string): Damping | null {
  const found = matchesOf(OPINION, sentence);
  return found.length > 0 ? { factor: 0.5, reason: `down-ranked: an opinion (${found[0]})` } : null;
}
