import { useState } from 'react';
import { claimWords } from '../claims/claim-order';
import { StatusBadge } from '../claims/status-badge';
import { errorMessage } from '../client/call';
import { useNotebookMutation, useTrash } from '../client/queries';
import { formatDateTime } from '../format/format-date';
import { sourceLine } from '../sources/source-kinds';

/** The trash: deleted claims and sources, each with "Restore". Nothing in the notebook is ever hard-deleted. */
export function TrashView() {
  const trash = useTrash();
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
      {trash.isPending ? (
        <p className="pane-note">Loading the trash…</p>
      ) : trash.isError ? (
        <p className="pane-note">The trash could not be loaded.</p>
      ) : (
        <>
          <section aria-labelledby="trash-claims-heading">
            <h3 id="trash-claims-heading" className="trash-heading">
              Claims <span className="section-count">{trash.data.claims.length}</span>
            </h3>
            {trash.data.claims.length === 0 ? (
              <p className="pane-note">No deleted claims.</p>
            ) : (
              <ul className="trash-list">
                {trash.data.claims.map((claim) => (
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
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="trash-sources-heading">
            <h3 id="trash-sources-heading" className="trash-heading">
              Sources <span className="section-count">{trash.data.sources.length}</span>
            </h3>
            {trash.data.sources.length === 0 ? (
              <p className="pane-note">No deleted sources.</p>
            ) : (
              <ul className="trash-list">
                {trash.data.sources.map((source) => (
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
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
