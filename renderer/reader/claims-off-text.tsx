import type { ClaimInClip } from '../../shared/api/views';
import { claimWords } from '../claims/claim-order';
import { StatusBadge } from '../claims/status-badge';

interface Props {
  claims: readonly ClaimInClip[];
  onOpenClaim: (id: string) => void;
}

/**
 * Claims the text no longer holds (orphaned) or holds only approximately (fuzzy), listed above the
 * text. An orphaned claim has no highlight to click, so this list is its way in; it is never dropped.
 */
export function ClaimsOffText({ claims, onOpenClaim }: Props) {
  const orphaned = claims.filter((c) => c.resolved?.state === 'orphaned');
  const fuzzy = claims.filter((c) => c.resolved?.state === 'fuzzy');
  if (orphaned.length === 0 && fuzzy.length === 0) return null;
  return (
    <div className="claims-off-text">
      {orphaned.length > 0 && (
        <section className="claims-orphaned" aria-labelledby="claims-orphaned-heading">
          <h3 id="claims-orphaned-heading">
            {orphaned.length === 1 ? 'A claim no longer found in this text' : `${orphaned.length} claims no longer found in this text`}
          </h3>
          <p className="claims-off-note">The words they quote are not in this version of the clip. Their status, sources and history are kept.</p>
          <ClaimQuoteList claims={orphaned} onOpenClaim={onOpenClaim} />
        </section>
      )}
      {fuzzy.length > 0 && (
        <section className="claims-fuzzy" aria-labelledby="claims-fuzzy-heading">
          <h3 id="claims-fuzzy-heading">
            {fuzzy.length === 1 ? 'A claim found only approximately' : `${fuzzy.length} claims found only approximately`}
          </h3>
          <p className="claims-off-note">The text around them changed. Check that each highlight still covers the words quoted.</p>
          <ClaimQuoteList claims={fuzzy} onOpenClaim={onOpenClaim} />
        </section>
      )}
    </div>
  );
}

function ClaimQuoteList({ claims, onOpenClaim }: Props) {
  return (
    <ul className="claims-off-list">
      {claims.map((claim) => (
        <li key={claim.id}>
          <StatusBadge status={claim.status} />
          <q className="claims-off-quote">{claimWords(claim)}</q>
          <button type="button" className="button button-quiet" onClick={() => onOpenClaim(claim.id)} aria-label={`Open claim: ${claimWords(claim)}`}>
            Open
          </button>
        </li>
      ))}
    </ul>
  );
}
