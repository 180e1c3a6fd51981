/**
 * Edit distance counting a swap of two neighbouring letters as one edit (the commonest typo:
 * "qoute"), so a mistyped command or option can be answered with "did you mean ...?".
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] ?? [];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The candidates closest to what was typed (several when they tie), or none when nothing is close
 * enough to be a plausible typo: a suggestion that is clearly wrong is worse than none.
 */
export function nearest(typed: string, candidates: readonly string[]): string[] {
  const word = typed.toLowerCase();
  const scored = candidates.map((candidate) => ({
    candidate,
    distance: candidate.startsWith(word) && word.length >= 3 ? 0.5 : editDistance(word, candidate),
  }));
  const best = Math.min(...scored.map((entry) => entry.distance));
  const tolerance = Math.max(1, Math.floor(word.length / 3));
  return best <= tolerance ? scored.filter((entry) => entry.distance === best).map((entry) => entry.candidate) : [];
}

export function closest(typed: string, candidates: readonly string[]): string | undefined {
  return nearest(typed, candidates)[0];
}

/** ` Did you mean "a" or "b"?`, or nothing when there is no plausible suggestion. */
export function didYouMean(typed: string, candidates: readonly string[], quote = (s: string) => `"${s}"`): string {
  const found = nearest(typed, candidates);
  return found.length === 0 ? '' : ` Did you mean ${found.map(quote).join(' or ')}?`;
}
