import { useState } from 'react';
import type { TrashedClaim } from '../../shared/api/views';
import type { Source } from '../../shared/domain/entities';
import { StatusBadge } from '../claims/status-badge';
import { errorMessage } from '../client/call';
import { useNotebookMutation, useTrashPages } from '../client/queries';
import { formatDateTime } from '../format/format-date';
import { sourceLine } from '../sources/source-kinds';
import { TrashSection } from './trash-section';

/** The words a deleted claim is about (the trash gets claims without their history, so not a full Claim). */
const claimWords = (claim: TrashedClaim) => claim.anchor?.quote.exact ?? claim.text;

/**
 * The trash: deleted claims and sources, each with "Restore", newest deletion first and a page at a
 * time, so a notebook with thousands of deletions opens the trash as fast as one with none.
 * Nothing in the notebook is ever hard-deleted.
 */
export function TrashView() {
  const claims = useTrashPages('claims');
  const sources = useTrashPages('sources');
  const restoreClaim = useNotebookMutation('restoreClaim');
  const restoreSource = useNotebookMutation('restoreSource');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const report = (text: string) => () => setMessage({ text, error: false });
  const fail = (error: unknown) => setMessage({ text: errorMessage(error), error: true });

  return (
    <div className="trash-view">
      <header className="sources-header">
        <h2>Trash</h2>
      </header>
      <p className="hint">Deleted claims and sources wait here, with their history and links, until you restore them.</p>
      <p role="status" className={message ? (message.error ? 'form-error' : 'form-done') : 'live-empty'}>
        {message?.text}
      </p>
      <TrashSection<TrashedClaim>
        id="trash-claims-heading"
        heading="Claims"
        noun="claims"
        pages={claims}
        empty="No deleted claims."
        item={(claim) => (
          <li key={claim.id} className="trash-item">
            <div className="trash-what">
              <span className="claim-words">{claimWords(claim)}</span>
              <span className="trash-meta">
                <StatusBadge status={claim.status} /> Deleted {formatDateTime(claim.deletedAt)}
              </span>
            </div>
            <button
              type="button"
              className="button"
              disabled={restoreClaim.isPending}
              aria-label={`Restore the claim “${claimWords(claim)}”`}
              onClick={() => restoreClaim.mutate({ id: claim.id }, { onSuccess: report('Claim restored.'), onError: fail })}
            >
              Restore
            </button>
          </li>
        )}
      />
      <TrashSection<Source>
        id="trash-sources-heading"
        heading="Sources"
        noun="sources"
        pages={sources}
        empty="No deleted sources."
        item={(source) => (
          <li key={source.id} className="trash-item">
            <div className="trash-what">
              <span className="source-title">{source.title}</span>
              <span className="trash-meta">
                {sourceLine(source)} · Deleted {formatDateTime(source.deletedAt)}
              </span>
            </div>
            <button
              type="button"
              className="button"
              disabled={restoreSource.isPending}
              aria-label={`Restore the source “${source.title}”`}
              onClick={() => restoreSource.mutate({ id: source.id }, { onSuccess: report(`“${source.title}” restored.`), onError: fail })}
            >
              Restore
            </button>
          </li>
        )}
      />
    </div>
  );
}
