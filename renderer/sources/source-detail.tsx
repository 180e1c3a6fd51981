import { useState } from 'react';
import type { Source } from '../../shared/domain/entities';
import { ApiCallError, errorMessage } from '../client/call';
import { formatDate } from '../format/format-date';
import { useDeleteSource } from '../undo/use-undoable-actions';
import { DeleteSourceDialog } from './delete-source-dialog';
import { SourceClaims } from './source-claims';
import { RELIABILITY_LABELS, SOURCE_KIND_LABELS } from './source-kinds';

interface Props {
  source: Source;
  onEdit: () => void;
  onDeleted: () => void;
  onOpenClaim: (claimId: string) => void;
}

/** One source in full: its record, its reliability, the claims it serves; edit and delete. */
export function SourceDetail({ source, onEdit, onDeleted, onOpenClaim }: Props) {
  const { remove, isPending } = useDeleteSource();
  const [confirm, setConfirm] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  /** First try without force: the notebook answers "conflict" when claims use the source, and we ask. */
  const tryDelete = (force: boolean) => {
    setProblem(null);
    remove(source, force).then(
      () => {
        setConfirm(null);
        onDeleted();
      },
      (error: unknown) => {
        if (!force && error instanceof ApiCallError && error.code === 'conflict') setConfirm(error.message);
        else {
          setConfirm(null);
          setProblem(errorMessage(error));
        }
      },
    );
  };

  const rows: [string, string | undefined][] = [
    ['Kind', SOURCE_KIND_LABELS[source.kind]],
    ['Publisher', source.publisher],
    ['Author', source.author],
    ['Published', source.publishedDate],
    ['Accessed', source.accessedDate && formatDate(source.accessedDate)],
  ];
  if (source.kind === 'person' && source.person) {
    rows.push(
      ['Role', source.person.role],
      ['How reached', source.person.contactMethod],
      ['When reached', source.person.contactedAt && formatDate(source.person.contactedAt)],
      ['May be named', source.person.mayBeNamed ? 'Yes' : 'No: do not name them'],
    );
  }

  return (
    <section className="source-detail" aria-labelledby="source-detail-heading">
      <h3 id="source-detail-heading">{source.title}</h3>
      {source.url && (
        <p className="source-url">
          <span className="visually-hidden">Web address: </span>
          {source.url}
        </p>
      )}
      <dl className="source-fields">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        <div>
          <dt>Reliability</dt>
          <dd>
            {source.reliability ? (
              <>
                <span className={`reliability reliability-${source.reliability.rating}`}>{RELIABILITY_LABELS[source.reliability.rating]}</span>
                {source.reliability.reason && <span className="reliability-reason">: {source.reliability.reason}</span>}
              </>
            ) : (
              'Not rated'
            )}
          </dd>
        </div>
      </dl>
      {source.notes && <p className="source-notes">{source.notes}</p>}
      <div className="claim-actions">
        <button type="button" className="button" onClick={onEdit}>
          Edit source
        </button>
        <button type="button" className="button button-danger" onClick={() => tryDelete(false)} disabled={isPending}>
          Delete source
        </button>
      </div>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      <h4>Claims it serves</h4>
      <SourceClaims sourceId={source.id} onOpenClaim={onOpenClaim} />
      {confirm && (
        <DeleteSourceDialog title={source.title} message={confirm} busy={isPending} onConfirm={() => tryDelete(true)} onClose={() => setConfirm(null)} />
      )}
    </section>
  );
}
