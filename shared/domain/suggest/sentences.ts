/**
 * Splitting a clip's text into sentences with Intl.Segmenter (Node 20 and Chromium both have it, so
 * the CLI and the reader split the same way). ICU's rules break after every "U.S." or "Dr.", so
 * fragments ending in a known abbreviation are joined back to the sentence they belong to.
 */

/** A sentence as a span of the text, in UTF-16 offsets, trimmed of surrounding white space. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** "U.S.", "U.K.", "e.g." and titles or months that are usually followed by more of the sentence. */
const ABBREVIATION_AT_END =
  /(?:(?:^|[\s(])(?:\p{L}\.){2,}|(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Rep|Sen|Gov|Rev|St|Jr|Sr|No|Nos|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)$/u;

function trimmedSpan(text: string, start: number, end: number): SentenceSpan | null {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body === '') return null;
  return { text: body, start: start + lead, end: start + lead + body.length };
}

export function splitSentences(text: string, locale?: string): SentenceSpan[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const spans: SentenceSpan[] = [];
  let pendingStart: number | null = null;
  for (const { segment, index } of segmenter.segment(text)) {
    const start: number = pendingStart ?? index;
    const end = index + segment.length;
    // A line break always ends a sentence: headlines and list items carry no full stop.
    const joinNext = !/\n\s*$/.test(segment) && ABBREVIATION_AT_END.test(segment.trimEnd());
    if (joinNext && end < text.length) {
      pendingStart = start;
      continue;
    }
    pendingStart = null;
    const span = trimmedSpan(text, start, end);
    if (span) spans.push(span);
  }
  return spans;
}
