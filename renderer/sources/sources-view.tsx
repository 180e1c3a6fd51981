import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { type Source, type SourceKind } from '../../shared/domain/entities';
import { sourcePageQuery } from '../client/queries';
import { SOURCE_KIND_LABELS } from './source-kinds';
import { SourceList } from './source-list';
import '../styles/sources.css';
import { SourceKindOptions } from './source-kind-options';

interface Props {
  selectedId: string | null;
  onSelect: (source: Source) => void;
  onNew: () => void;
}

/** The sources library: every source, newest first, optionally of one kind, in a virtualised list fetched a page at a time. */
export function SourcesView({ selectedId, onSelect, onNew }: Props) {
  const [kind, setKind] = useState<SourceKind | ''>('');
  // The first page gives the total (the list's height); the list fetches the rest as they come into view.
  const head = useQuery(sourcePageQuery(kind || undefined, 0));
  const kindId = useId();
  const total = head.data?.total ?? 0;

  return (
    <div className="sources-view">
      <header className="sources-header">
        <h2 id="sources-heading">Sources</h2>
        <span className="section-count">{total}</span>
        <div className="field field-inline">
          <label htmlFor={kindId}>Kind</label>
          <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as SourceKind | '')}>
            <SourceKindOptions emptyLabel="All kinds" />
          </select>
        </div>
        <button type="button" className="button button-primary sources-new" onClick={onNew}>
          New source
        </button>
      </header>
      {head.isPending ? (
        <p className="pane-note">Loading sources…</p>
      ) : head.isError ? (
        <p className="pane-note">The sources could not be loaded.</p>
      ) : total === 0 ? (
        <div className="sources-empty">
          <p>{kind ? `No ${SOURCE_KIND_LABELS[kind].toLowerCase()} sources.` : 'No sources yet.'}</p>
          <p className="pane-note">
            A source is whatever bears on a claim: a web page, a document, a person you interviewed, a dataset, an official
            record. Add one here, or from a claim with “Link a source”.
          </p>
        </div>
      ) : (
        <SourceList key={kind} kind={kind || undefined} total={total} selectedId={selectedId} onSelect={onSelect} />
      )}
    </div>
  );
}
