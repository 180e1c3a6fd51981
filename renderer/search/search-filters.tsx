import { useId } from 'react';
import type { SourceKind } from '../../shared/domain/entities';
import { SEARCH_KINDS, type SearchKind } from '../../shared/api/search-views';
import { STATUSES, STATUS_LABELS, type Status } from '../../shared/domain/status';
import { StatusIcon } from '../claims/status-icon';
import { StoryOptions } from '../stories/story-options';
import { KIND_LABELS } from './result-options';
import { activeFilterCount, NO_FILTERS, type SearchFilters as Filters } from './search-request';
import { SourceKindOptions } from '../sources/source-kind-options';

interface Props {
  id: string;
  filters: Filters;
  onChange: (filters: Filters) => void;
}

/**
 * The palette's filters: what to look in, claim status (several at once, as toggle buttons with the
 * status word and icon), story, source kind, a date range and the outlet. Plain native controls, so
 * each works from the keyboard and reads well to a screen reader.
 */
export function SearchFilters({ id, filters, onChange }: Props) {
  const ids = { kind: useId(), story: useId(), sourceKind: useId(), from: useId(), to: useId(), outlet: useId(), status: useId() };
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value });
  const toggleStatus = (status: Status) =>
    set('status', filters.status.includes(status) ? filters.status.filter((s) => s !== status) : STATUSES.filter((s) => s === status || filters.status.includes(s)));
  const count = activeFilterCount(filters);

  return (
    <div id={id} className="search-filters" role="group" aria-label="Filter the search">
      <div className="search-filter-row">
        <div className="field field-inline">
          <label htmlFor={ids.kind}>Look in</label>
          <select id={ids.kind} value={filters.kind} onChange={(e) => set('kind', e.target.value as SearchKind | '')}>
            <option value="">Everything</option>
            {SEARCH_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k].plural}
              </option>
            ))}
          </select>
        </div>
        <div className="search-status-filter" role="group" aria-labelledby={ids.status}>
          <span id={ids.status} className="search-filter-label">
            Claim status
          </span>
          {STATUSES.map((status) => (
            <button
              key={status}
              type="button"
              className={`search-status-toggle status-${status}`}
              aria-pressed={filters.status.includes(status)}
              onClick={() => toggleStatus(status)}
            >
              <StatusIcon status={status} />
              {STATUS_LABELS[status]}
            </button>
          ))}
        </div>
      </div>
      <div className="search-filter-row">
        <div className="field field-inline">
          <label htmlFor={ids.story}>Story</label>
          <select id={ids.story} value={filters.storyId} onChange={(e) => set('storyId', e.target.value)}>
            <StoryOptions emptyLabel="Any story" />
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor={ids.sourceKind}>Source kind</label>
          <select id={ids.sourceKind} value={filters.sourceKind} onChange={(e) => set('sourceKind', e.target.value as SourceKind | '')}>
            <SourceKindOptions emptyLabel="Any kind" />
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor={ids.from}>From</label>
          <input id={ids.from} type="date" value={filters.from} max={filters.to || undefined} onChange={(e) => set('from', e.target.value)} />
        </div>
        <div className="field field-inline">
          <label htmlFor={ids.to}>To</label>
          <input id={ids.to} type="date" value={filters.to} min={filters.from || undefined} onChange={(e) => set('to', e.target.value)} />
        </div>
        <div className="field field-inline">
          <label htmlFor={ids.outlet}>Outlet</label>
          <input id={ids.outlet} className="search-outlet" value={filters.outlet} placeholder="e.g. Reuters" onChange={(e) => set('outlet', e.target.value)} />
        </div>
        {count > 0 && (
          <button type="button" className="button button-quiet" onClick={() => onChange(NO_FILTERS)}>
            Clear {count === 1 ? 'the filter' : `${count} filters`}
          </button>
        )}
      </div>
    </div>
  );
}
