import { useState } from 'react';
import { STATUS_LABELS } from '../../shared/domain/status';
import type { ClaimDetail as ClaimDetailView } from '../../shared/api/views';
import { countEvidence } from '../board/board-moves';
import { useClaim } from '../client/queries';
import { errorMessage } from '../client/call';
import { EvidenceList } from '../evidence/evidence-list';
import { LinkSourceDialog } from '../evidence/link-source-dialog';
import { formatDateTime } from '../format/format-date';
import { AddToStory } from '../stories/add-to-story';
import { useDeleteClaim } from '../undo/use-undoable-actions';
import { claimWords } from './claim-order';
import { ClaimEditForm } from './claim-edit-form';
import { StatusBadge } from './status-badge';
import { StatusForm } from './status-form';

interface Props {
  claimId: string;
  /** Called once the claim has gone to the trash, so the pane can let go of it. */
  onDeleted?: () => void;
}

/** The selected claim: its words, status form, evidence by stance, stories and timeline. */
export function ClaimDetail({ claimId, onDeleted }: Props) {
  const detail = useClaim(claimId);
  if (detail.isPending) return <p className="pane-note">Loading the claim…</p>;
  if (detail.isError) return <p className="pane-note">This claim could not be loaded.</p>;
  return <ClaimDetailBody detail={detail.data} onDeleted={onDeleted} />;
}

function ClaimDetailBody({ detail, onDeleted }: { detail: ClaimDetailView; onDeleted: (() => void) | undefined }) {
  const { claim, evidence, clip } = detail;
  const [linking, setLinking] = useState(false);
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { remove, isPending: deleting } = useDeleteClaim();
  const counts = countEvidence(evidence);

  return (
    <section className="claim-detail" aria-labelledby="claim-detail-heading">
      <h3 id="claim-detail-heading">Selected claim</h3>
      <blockquote className="claim-quote">{claimWords(claim)}</blockquote>
      <p className="claim-clip">{clip ? <>From “{clip.title}”</> : 'Typed in, not from a clip'}</p>
      {claim.note && !editing && <p className="claim-note">{claim.note}</p>}
      {editing ? (
        <ClaimEditForm key={claim.updatedAt} claim={claim} onDone={() => setEditing(false)} />
      ) : (
        <div className="claim-actions">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit text or note
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={deleting}
            onClick={() => {
              setProblem(null);
              remove(claim.id).then(onDeleted, (error: unknown) => setProblem(errorMessage(error)));
            }}
          >
            Delete claim
          </button>
        </div>
      )}
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      <p className="claim-current">
        Status: <StatusBadge status={claim.status} />
      </p>
      <StatusForm key={`${claim.id}-${claim.status}`} claim={claim} counts={counts} />

      <div className="detail-head">
        <h4>Evidence</h4>
        <button type="button" className="button" onClick={() => setLinking(true)}>
          Link a source
        </button>
      </div>
      <EvidenceList evidence={evidence} />
      {linking && <LinkSourceDialog claimId={claim.id} onClose={() => setLinking(false)} />}

      <h4>Stories</h4>
      <AddToStory claimId={claim.id} what="claim" />

      <h4>Timeline</h4>
      <ol className="history">
        {[...claim.history].reverse().map((entry) => (
          <li key={entry.prevSha256}>
            <span className="history-move">
              {entry.from ? `${STATUS_LABELS[entry.from]} → ${STATUS_LABELS[entry.to]}` : `Created as ${STATUS_LABELS[entry.to].toLowerCase()}`}
            </span>
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            {entry.rationale && <span className="history-rationale">{entry.rationale}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
