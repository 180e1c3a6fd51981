/**
 * Regular-expression helpers for the suggester. JavaScript's \b only knows ASCII letters, so words
 * are bounded with Unicode look-arounds instead: "said" must not match inside "unsaid", in any script.
 */

const BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

/** A regex source matching any of the phrases as whole words (spaces inside a phrase match any run of spaces). */
export function wordsSource(phrases: readonly string[]): string {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return `${BEFORE}(?:${alternatives.join('|')})${AFTER}`;
}

export function wordsRegex(phrases: readonly string[], flags = 'gu'): RegExp {
  return new RegExp(wordsSource(phrases), flags);
}

export function wrapWord(source: string, flags = 'gu'): RegExp {
  return new RegExp(`${BEFORE}(?:${source})${AFTER}`, flags);
}

/** The distinct matched texts, in order of appearance, with white space tidied for display. */
export function matchesOf(regex: RegExp, text: string): string[] {
  const seen = new Set<string>();
  for (const match of text.matchAll(regex)) seen.add(match[0].replace(/\s+/g, ' '));
  return [...seen];
}

/** "a, b and c" — reasons read as plain English. */
export function listed(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max);
  if (shown.length <= 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
