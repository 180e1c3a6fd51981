/**
 * Words as Unicode segments them (Intl.Segmenter, word granularity): counts Chinese, Japanese and
 * Thai, which have no spaces, as well as languages that do, where splitting on spaces would not.
 */
export function countWords(text: string, lang?: string): number {
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'word' });
  } catch {
    segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  }
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}
