import type { Source } from '../../shared/domain/entities';
import { SourceDetail } from './source-detail';
import { SourceForm } from './source-form';

export type SourceSelection = { mode: 'new' } | { mode: 'view' | 'edit'; source: Source } | null;

interface Props {
  selection: SourceSelection;
  onChange: (selection: SourceSelection) => void;
  onOpenClaim: (claimId: string) => void;
}

/** Right pane in the sources view: the chosen source, or the form for a new one or an edit. */
export function SourcePane({ selection, onChange, onOpenClaim }: Props) {
  return (
    <aside className="pane pane-claims pane-source" aria-labelledby="source-pane-heading">
      <div className="section-head">
        <h2 id="source-pane-heading">{selection?.mode === 'new' ? 'New source' : selection?.mode === 'edit' ? 'Edit source' : 'Source'}</h2>
      </div>
      {selection === null ? (
        <p className="pane-note">Choose a source to see its record and the claims it serves, or add a new one.</p>
      ) : selection.mode === 'view' ? (
        <SourceDetail
          key={selection.source.id}
          source={selection.source}
          onEdit={() => onChange({ mode: 'edit', source: selection.source })}
          onDeleted={() => onChange(null)}
          onOpenClaim={onOpenClaim}
        />
      ) : (
        <SourceForm
          key={selection.mode === 'edit' ? selection.source.id : 'new'}
          source={selection.mode === 'edit' ? selection.source : null}
          onSaved={(source) => onChange({ mode: 'view', source })}
          onCancel={() => onChange(selection.mode === 'edit' ? { mode: 'view', source: selection.source } : null)}
        />
      )}
    </aside>
  );
}
