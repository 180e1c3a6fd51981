import type { Clip, Source } from '../../shared/domain/entities';
import type { BriefCitation } from './brief-model';

/**
 * Numbers sources in the order the brief first uses them, as a reader meets the footnotes, and
 * reuses a source's number when it is cited again.
 */
export class CitationList {
  private readonly bySource = new Map<string, BriefCitation>();
  readonly citations: BriefCitation[] = [];

  constructor(private readonly clips: Readonly<Record<string, Clip>>) {}

  numberFor(source: Source): number {
    const known = this.bySource.get(source.id);
    if (known) return known.n;
    const citation = toCitation(source, this.citations.length + 1, source.clipId ? this.clips[source.clipId] : undefined);
    this.bySource.set(source.id, citation);
    this.citations.push(citation);
    return citation.n;
  }
}

/** Calendar day of an ISO time, as a citation prints its accessed date. */
function day(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * A source as a citation. A person who may not be named is cited by role only: the brief leaves the
 * notebook, and the reporter's promise of anonymity must leave with it.
 */
export function toCitation(source: Source, n: number, clip: Clip | undefined): BriefCitation {
  const anonymous = source.kind === 'person' && source.person?.mayBeNamed === false;
  const url = source.url ?? clip?.canonicalUrl ?? clip?.capture.finalUrl;
  const accessed = source.accessedDate ?? (clip ? day(clip.capture.capturedAt) : undefined);
  const citation: BriefCitation = {
    n,
    sourceId: source.id,
    title: anonymous ? `Unnamed source${source.person?.role ? ` (${source.person.role})` : ''}` : source.title,
  };
  if (!anonymous) {
    if (source.publisher) citation.publisher = source.publisher;
    if (source.author) citation.author = source.author;
    if (url) citation.url = url;
  }
  if (source.publishedDate) citation.date = source.publishedDate;
  if (accessed) citation.accessedDate = accessed;
  if (clip) {
    citation.clipId = clip.id;
    citation.captureSha256 = clip.htmlSha256;
  }
  return citation;
}
