import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit, SearchResults as Results } from '../../shared/api/search-views';
import type { Source } from '../../shared/domain/entities';
import { errorMessage } from '../client/call';
import { ModalDialog } from '../dialogs/modal-dialog';
import { findSource } from './find-source';
import { flatOptions, moveActive, resultGroups, totalMatches } from './result-options';
import { SearchFilters } from './search-filters';
import { activeFilterCount, NO_FILTERS, searchRequest, type SearchFilters as Filters } from './search-request';
import { SearchResults } from './search-results';
import { searchTarget, type SearchTarget } from './search-target';
import { useSearch, useSearchStatus } from './use-search';
import '../styles/search.css';

/** Where an opened result goes, with a source already fetched (Sources shows the whole record). */
export type OpenedResult = Exclude<SearchTarget, { kind: 'source' }> | { kind: 'source'; source: Source };

interface Props {
  open: boolean;
  onClose: () => void;
  onOpen: (result: OpenedResult) => void;
  isMac: boolean;
}

const PAGE_STEP = 5;

/**
 * The command-palette search (Ctrl/Cmd+K): a search box that is a combobox over a listbox of results
 * grouped by kind, with filters under it. The query and filters live here, outside the dialog's body,
 * so reopening the palette finds the last search as it was left (its words selected, to type over).
 */
export function SearchPalette({ open, onClose, onOpen, isMac }: Props) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  const [showFilters, setShowFilters] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const ids = { input: useId(), list: useId(), hint: useId(), filters: useId(), options: useId().replace(/:/g, '') };

  const request = useMemo(() => searchRequest(query, filters), [query, filters]);
  const status = useSearchStatus(open);
  const search = useSearch(request.kind === 'ready' ? request.input : null, open, status.data?.state);
  const groups = useMemo(() => resultGroups(search.results, ids.options), [search.results, ids.options]);
  const options = useMemo(() => flatOptions(groups), [groups]);

  // New results start on their first option.
  const [activeFor, setActiveFor] = useState<Results | null>(search.results);
  if (activeFor !== search.results) {
    setActiveFor(search.results);
    setActiveId(null);
  }
  const found = options.findIndex((o) => o.domId === activeId);
  const activeIndex = found >= 0 ? found : options.length > 0 ? 0 : -1;
  const active = activeIndex >= 0 ? options[activeIndex]! : null;

  // Reopened: the last words are selected, so typing replaces them and Enter runs them again.
  useEffect(() => {
    if (open) inputRef.current?.select();
  }, [open]);
  useEffect(() => {
    if (active) document.getElementById(active.domId)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const openHit = async (hit: SearchHit) => {
    setProblem(null);
    const target = searchTarget(hit);
    if (!target) {
      setProblem('This result has nothing to open: it may have been deleted. Search again.');
      return;
    }
    if (target.kind !== 'source') {
      onOpen(target);
      return;
    }
    setOpening(true);
    try {
      const source = await findSource(target.sourceId);
      if (source) onOpen({ kind: 'source', source });
      else setProblem(`“${hit.title}” is no longer in the sources library: it may have been deleted or moved to the trash.`);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setOpening(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE_STEP, PageUp: -PAGE_STEP }[event.key];
    if (step !== undefined) {
      if (options.length === 0) return;
      event.preventDefault();
      setActiveId(options[moveActive(activeIndex, step, options.length)]!.domId);
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (active && !opening) void openHit(active.hit);
    }
  };

  // Ctrl/Cmd+K inside the palette goes back to the search box, its words selected.
  const onPaletteKeyDown = (event: KeyboardEvent) => {
    if ((isMac ? event.metaKey : event.ctrlKey) && !event.altKey && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    }
  };

  const error = request.kind === 'invalid' ? request.problem : (search.error ?? problem);
  const indexing = status.data?.state === 'indexing' || (search.current && search.results?.indexing === true);
  const expanded = options.length > 0;
  const filterCount = activeFilterCount(filters);

  return (
    <ModalDialog open={open} onClose={onClose} title="Search the notebook" description="Clips, claims, sources and evidence.">
      <div className="search-palette" onKeyDown={onPaletteKeyDown}>
        <div className="field search-box">
          <label htmlFor={ids.input}>Search for</label>
          <input
            ref={inputRef}
            id={ids.input}
            type="text"
            role="combobox"
            aria-expanded={expanded}
            aria-controls={expanded ? ids.list : undefined}
            aria-activedescendant={active?.domId}
            aria-autocomplete="list"
            aria-describedby={ids.hint}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setProblem(null);
            }}
            onKeyDown={onKeyDown}
            data-autofocus
          />
          <p id={ids.hint} className="hint">
            Words match from their start and forgive a typo; put “quotes” round an exact phrase. <kbd>↑</kbd> <kbd>↓</kbd> move, <kbd>Enter</kbd> opens,{' '}
            <kbd>Esc</kbd> closes.
          </p>
        </div>
        <div className="search-toolbar">
          <button type="button" className="button search-filters-toggle" aria-expanded={showFilters} aria-controls={showFilters ? ids.filters : undefined} onClick={() => setShowFilters((v) => !v)}>
            <span aria-hidden="true">{showFilters ? '▾' : '▸'}</span> Filters{filterCount > 0 ? ` (${filterCount} on)` : ''}
          </button>
          <p role="status" className="search-status">
            {statusLine({ request: request.kind, searching: search.searching, failed: search.error !== null, results: search.current ? search.results : null, opening })}
            {indexing && (
              <span className="search-indexing">
                {' '}
                Indexing…
                {status.data && status.data.total > 0 ? ` ${status.data.indexed.toLocaleString()} of ${status.data.total.toLocaleString()} records.` : ''} Results may be
                incomplete until it finishes.
              </span>
            )}
            </p>
        </div>
        {showFilters && <SearchFilters id={ids.filters} filters={filters} onChange={setFilters} />}
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        {request.kind === 'idle' && <p className="search-empty">Type a few words to search every clip, claim, source and piece of evidence.</p>}
        {request.kind === 'ready' && search.current && !search.error && options.length === 0 && (
          <p className="search-empty">
            Nothing matches “{request.input.query}”{filterCount > 0 ? ' with these filters: try clearing some.' : '.'}
          </p>
        )}
        {expanded && <SearchResults id={ids.list} groups={groups} activeId={active?.domId ?? null} busy={search.searching} onActivate={setActiveId} onOpen={(hit) => void openHit(hit)} />}
      </div>
    </ModalDialog>
  );
}

interface StatusParts {
  request: string;
  searching: boolean;
  failed: boolean;
  results: Results | null;
  opening: boolean;
}

/** The palette's one-line status, read out politely: searching, how many results, or opening one. A failure is an alert instead. */
function statusLine({ request, searching, failed, results, opening }: StatusParts): string {
  if (opening) return 'Opening…';
  if (request !== 'ready' || failed) return '';
  if (searching || !results) return 'Searching…';
  const total = totalMatches(results);
  return total === 0 ? 'No results.' : `${total.toLocaleString()} ${total === 1 ? 'result' : 'results'}.`;
}
