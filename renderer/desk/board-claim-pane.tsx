import { ErrorBoundary } from '../app/error-boundary';
import { ClaimDetail } from '../claims/claim-detail';

/** The board's right pane: the claim whose card is chosen, with its evidence and timeline. */
export function BoardClaimPane({ claimId, onDeleted }: { claimId: string | null; onDeleted: () => void }) {
  return (
    <aside className="pane pane-claims" aria-labelledby="board-claim-heading">
      <div className="section-head">
        <h2 id="board-claim-heading">Claim</h2>
      </div>
      <ErrorBoundary area="the claim">
        {claimId ? <ClaimDetail claimId={claimId} onDeleted={onDeleted} /> : <p className="pane-note">Choose a card to see the claim, its evidence and its timeline.</p>}
      </ErrorBoundary>
    </aside>
  );
}
