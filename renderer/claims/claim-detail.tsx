import { STATUS_LABELS } from '../../shared/domain/status';
import type { ClaimDetail as ClaimDetailView } from '../../shared/api/views';
import { useClaim } from '../client/queries';
import { formatDateTime } from '../format/format-date';
import { claimWords } from './claim-order';
import { StatusBadge } from './status-badge';
import { StatusForm } from './status-form';

const STANCE_LABELS = { supports: 'Supports', contradicts: 'Contradicts', context: 'Context' } as const;

/** The selected claim: its words, status form, evidence and history. */
export function ClaimDetail({ claimId }: { claimId: string }) {
  const detail = useClaim(claimId);
  if (detail.isPending) return <p className="pane-note">Loading the claim…</p>;
  if (detail.isError) return <p className="pane-note">This claim could not be loaded.</p>;
  return <ClaimDetailBody detail={detail.data} />;
}

function ClaimDetailBody({ detail }: { detail: ClaimDetailView }) {
  const { claim, evidence } = detail;
  return (
    <section className="claim-detail" aria-labelledby="claim-detail-heading">
      <h3 id="claim-detail-heading">Selected claim</h3>
      <blockquote className="claim-quote">{claimWords(claim)}</blockquote>
      {claim.note && <p className="claim-note">{claim.note}</p>}
      <p className="claim-current">
        Status: <StatusBadge status={claim.status} />
      </p>
      <StatusForm key={`${claim.id}-${claim.status}`} claim={claim} />

      <h4>Evidence</h4>
      {evidence.length === 0 ? (
        <p className="pane-note">No sources linked yet.</p>
      ) : (
        <ul className="evidence-list">
          {evidence.map((e) => (
            <li key={e.id} className={`evidence evidence-${e.stance}`}>
              <span className="evidence-stance">{STANCE_LABELS[e.stance]}</span>
              <span className="evidence-source">{e.source.title}</span>
              {e.quote && <q className="evidence-quote">{e.quote}</q>}
              {e.locator && <span className="evidence-locator">{e.locator}</span>}
            </li>
          ))}
        </ul>
      )}

      <h4>History</h4>
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
