import { useId, useState } from 'react';
import { SOURCE_KINDS, type Source, type SourceKind } from '../../shared/domain/entities';
import { useSourcePages } from '../client/queries';
import { RELIABILITY_LABELS, SOURCE_KIND_LABELS, sourceLine } from './source-kinds';
import '../styles/sources.css';

interface Props {
  selectedId: string | null;
  onSelect: (source: Source) => void;
  onNew: () => void;
}

/** The sources library: every source, newest first, a page at a time, optionally of one kind. */
export function SourcesView({ selectedId, onSelect, onNew }: Props) {
  const [kind, setKind] = useState<SourceKind | ''>('');
  const pages = useSourcePages(kind || undefined);
  const kindId = useId();
  const sources = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const total = pages.data?.pages[0]?.total ?? 0;

  return (
    <div className="sources-view">
      <header className="sources-header">
        <h2 id="sources-heading">Sources</h2>
        <span className="section-count">{total}</span>
        <div className="field field-inline">
          <label htmlFor={kindId}>Kind</label>
          <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as SourceKind | '')}>
            <option value="">All kinds</option>
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {SOURCE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button-primary sources-new" onClick={onNew}>
          New source
        </button>
      </header>
      {pages.isPending ? (
        <p className="pane-note">Loading sources…</p>
      ) : pages.isError ? (
        <p className="pane-note">The sources could not be loaded.</p>
      ) : sources.length === 0 ? (
        <div className="sources-empty">
          <p>{kind ? `No ${SOURCE_KIND_LABELS[kind].toLowerCase()} sources.` : 'No sources yet.'}</p>
          <p className="pane-note">
            A source is whatever bears on a claim: a web page, a document, a person you interviewed, a dataset, an official
            record. Add one here, or from a claim with “Link a source”.
          </p>
        </div>
      ) : (
        <ul className="source-list" aria-labelledby="sources-heading">
          {sources.map((source) => (
            <li key={source.id}>
              <button type="button" className="source-item" aria-pressed={source.id === selectedId} onClick={() => onSelect(source)}>
                <span className="source-title">{source.title}</span>
                <span className="source-line">{sourceLine(source)}</span>
                {source.reliability && <span className={`reliability reliability-${source.reliability.rating}`}>{RELIABILITY_LABELS[source.reliability.rating]}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {pages.hasNextPage && (
        <button type="button" className="button" onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
          {pages.isFetchingNextPage ? 'Loading…' : 'Show more sources'}
        </button>
      )}
    </div>
  );
}
