import type { SearchHit, SearchKind, SearchResults } from '../../shared/api/search-views';

/** How each kind of result is headed in the palette. */
export const KIND_LABELS: Record<SearchKind, { plural: string; singular: string }> = {
  clip: { plural: 'Clips', singular: 'Clip' },
  claim: { plural: 'Claims', singular: 'Claim' },
  source: { plural: 'Sources', singular: 'Source' },
  evidence: { plural: 'Evidence', singular: 'Evidence' },
};

/** One row of the results listbox: a hit and the DOM id aria-activedescendant points at. */
export interface ResultOption {
  domId: string;
  hit: SearchHit;
}

export interface ResultGroupView {
  kind: SearchKind;
  heading: string;
  options: ResultOption[];
}

/**
 * The groups that have hits, each headed with its count, in the order the notebook ranked them (the
 * group with the best match first), so Enter on the first result opens the best one.
 */
export function resultGroups(results: SearchResults | null, idPrefix: string): ResultGroupView[] {
  if (!results) return [];
  const groups: ResultGroupView[] = [];
  const seen = new Set<SearchKind>();
  for (const group of results.groups) {
    const kind = group.kind;
    if (group.hits.length === 0 || seen.has(kind)) continue;
    seen.add(kind);
    const shown = group.hits.length;
    const count = group.total > shown ? `${shown} of ${group.total}` : String(shown);
    groups.push({
      kind,
      heading: `${KIND_LABELS[kind].plural} (${count})`,
      options: group.hits.map((hit, i) => ({ domId: `${idPrefix}-${kind}-${i}`, hit })),
    });
  }
  return groups;
}

export function flatOptions(groups: readonly ResultGroupView[]): ResultOption[] {
  return groups.flatMap((g) => g.options);
}

/** Every match counted, not only the hits shown, for the status line ("42 results"). */
export function totalMatches(results: SearchResults | null): number {
  return results ? results.groups.reduce((sum, g) => sum + Math.max(g.total, g.hits.length), 0) : 0;
}

/**
 * The option the arrow keys land on. Down from the last wraps to the first, and up from the first to
 * the last, as in most command palettes; with no option active yet, Down takes the first and Up the last.
 */
export function moveActive(current: number, delta: number, count: number): number {
  if (count === 0) return -1;
  if (current < 0) return delta > 0 ? 0 : count - 1;
  if (Math.abs(delta) > 1) return Math.max(0, Math.min(count - 1, current + delta));
  return (((current + delta) % count) + count) % count;
}
