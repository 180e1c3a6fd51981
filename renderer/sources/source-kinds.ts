import type { Reliability, Source, SourceKind } from '../../shared/domain/entities';

/** Source kinds and reliability ratings in a reporter's words. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  web: 'Web page',
  document: 'Document',
  person: 'Person',
  dataset: 'Dataset',
  record: 'Official record',
  other: 'Other',
};

export const RELIABILITY_LABELS: Record<Reliability['rating'], string> = {
  high: 'High reliability',
  medium: 'Medium reliability',
  low: 'Low reliability',
  unknown: 'Reliability unknown',
};

/** One line under a source's title: kind, publisher or role, and date, whichever it has. */
export function sourceLine(source: Source): string {
  const parts = [SOURCE_KIND_LABELS[source.kind]];
  if (source.kind === 'person' && source.person?.role) parts.push(source.person.role);
  else if (source.publisher) parts.push(source.publisher);
  if (source.publishedDate) parts.push(source.publishedDate);
  return parts.join(' · ');
}
