import type { SearchHit } from '../../shared/api/search-views';
import { StatusBadge } from '../claims/status-badge';
import { formatDate } from '../format/format-date';
import { SOURCE_KIND_LABELS } from '../sources/source-kinds';
import { HighlightedSnippet } from './highlighted-snippet';
import { KIND_LABELS, type ResultGroupView } from './result-options';

interface Props {
  id: string;
  groups: readonly ResultGroupView[];
  activeId: string | null;
  busy: boolean;
  onActivate: (domId: string) => void;
  onOpen: (hit: SearchHit) => void;
}

/**
 * The results as one listbox, grouped by kind (role="group", named by its heading), so the arrow keys
 * run through every result while a screen reader still hears which group it is in. Focus stays in the
 * search box: the active option is announced through aria-activedescendant, never focused itself.
 */
export function SearchResults({ id, groups, activeId, busy, onActivate, onOpen }: Props) {
  return (
    <div id={id} role="listbox" aria-label="Search results" aria-busy={busy} className="search-results">
      {groups.map((group) => (
        <div key={group.kind} role="group" aria-label={group.heading} className="search-group">
          <div className="search-group-heading" aria-hidden="true">
            {group.heading}
          </div>
          {group.options.map(({ domId, hit }) => (
            <div
              key={domId}
              id={domId}
              role="option"
              aria-selected={domId === activeId}
              className="search-option"
              // The box keeps focus: a press on an option must not move it there before the click opens it.
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => domId !== activeId && onActivate(domId)}
              onClick={() => onOpen(hit)}
            >
              <span className="search-option-title">{hit.title || `Untitled ${KIND_LABELS[hit.kind].singular.toLowerCase()}`}</span>
              <span className="search-option-snippet">
                <HighlightedSnippet snippet={hit.snippet} />
              </span>
              <HitMeta hit={hit} />
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

/** The line under a result: its status in words, the source kind, the outlet and the date, whichever it has. */
function HitMeta({ hit }: { hit: SearchHit }) {
  const parts = [hit.sourceKind ? SOURCE_KIND_LABELS[hit.sourceKind] : null, hit.outlet ?? null, hit.date ? formatDate(hit.date) : null].filter(Boolean);
  if (!hit.status && parts.length === 0) return null;
  return (
    <span className="search-option-meta">
      {hit.status && <StatusBadge status={hit.status} />}
      {parts.length > 0 && <span>{parts.join(' · ')}</span>}
    </span>
  );
}
