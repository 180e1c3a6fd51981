import type { ClaimInClip } from '../../shared/api/views';
import type { Status } from '../../shared/domain/status';
import { toParagraphIndex } from './paragraph-offsets';
import type { Paragraph } from './paragraphs';

/**
 * Cuts a paragraph into runs of text covered by the same set of highlights, so overlapping claims
 * and claims that run across paragraphs both draw sensibly: every run knows every claim over it.
 */

export interface HighlightSpan {
  /** The claim's id, the suggestion's key, or a find match's number. */
  id: string;
  /** 'find' is a match of Find in clip (renderer/reader/find-bar.tsx); 'passage' is where a search result opened (renderer/search/). */
  kind: 'claim' | 'suggestion' | 'find' | 'passage';
  status: Status;
  /** Code points in the clip text. */
  start: number;
  end: number;
  /** Found by a fuzzy match: the text around it changed, so the reporter should check it. */
  approximate: boolean;
  /** A find match the reporter is on: drawn stronger, and the one "Mark claim" in the find bar marks. */
  current?: boolean;
}

export interface Segment {
  text: string;
  /** Highlights over this run, the narrowest first: it is drawn on top and a click opens it. */
  spans: HighlightSpan[];
  /** Highlights that begin in this run (not ones carried over from the paragraph before). */
  starts: HighlightSpan[];
}

/** The claims that have a place in the text, as highlight spans; orphaned ones are listed elsewhere. */
export function claimSpans(claims: readonly ClaimInClip[]): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  for (const claim of claims) {
    const r = claim.resolved;
    if (!r || r.state === 'orphaned' || r.end <= r.start) continue;
    spans.push({ id: claim.id, kind: 'claim', status: claim.status, start: r.start, end: r.end, approximate: r.state === 'fuzzy' });
  }
  return spans;
}

const width = (s: HighlightSpan) => s.end - s.start;

export function paragraphSegments(p: Paragraph, spans: readonly HighlightSpan[]): Segment[] {
  const codePoints = Array.from(p.text);
  const local = spans
    .filter((s) => s.start < p.end && s.end > p.start)
    .map((s) => ({ span: s, from: toParagraphIndex(p, s.start), to: toParagraphIndex(p, s.end) }))
    .filter((s) => s.from < s.to);
  if (local.length === 0) return [{ text: p.text, spans: [], starts: [] }];

  const cuts = [...new Set([0, codePoints.length, ...local.flatMap((s) => [s.from, s.to])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const over = local.filter((s) => s.from <= from && s.to >= to);
    const covering = over.map((s) => s.span).sort((a, b) => width(a) - width(b) || a.start - b.start);
    const starts = over.filter((s) => s.from === from && s.span.start >= p.start).map((s) => s.span);
    segments.push({ text: codePoints.slice(from, to).join(''), spans: covering, starts });
  }
  return segments;
}
