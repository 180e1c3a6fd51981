import { claimWords } from '../claims/claim-order';
import { StatusBadge } from '../claims/status-badge';
import { useClaimPages } from '../client/queries';

/** The claims a source serves as evidence, each with its status; choosing one opens it on the board. */
export function SourceClaims({ sourceId, onOpenClaim }: { sourceId: string; onOpenClaim: (claimId: string) => void }) {
  const pages = useClaimPages({ sourceId });
  if (pages.isPending) return <p className="pane-note">Loading claims…</p>;
  if (pages.isError) return <p className="pane-note">The claims could not be loaded.</p>;
  const claims = pages.data.pages.flatMap((p) => p.items);
  if (claims.length === 0) return <p className="pane-note">No claim uses this source yet.</p>;
  return (
    <>
      <ul className="claims-list">
        {claims.map((claim) => (
          <li key={claim.id}>
            <button type="button" className="claim-item" onClick={() => onOpenClaim(claim.id)}>
              <StatusBadge status={claim.status} />
              <span className="claim-words">{claimWords(claim)}</span>
            </button>
          </li>
        ))}
      </ul>
      {pages.hasNextPage && (
        <button type="button" className="button" onClick={() => void pages.fetchNextPage()}>
          Show more claims
        </button>
      )}
    </>
  );
}
