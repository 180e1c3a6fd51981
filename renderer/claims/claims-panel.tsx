import { useState } from 'react';
import { useClip } from '../client/queries';
import { SuggestionsPanel } from '../suggestions/suggestions-panel';
import { claimWords, inReadingOrder } from './claim-order';
import { ClaimDetail } from './claim-detail';
import { ExportBriefButton } from '../briefs/export-brief-button';
import { NewClaimDialog } from './new-claim-dialog';
import { StatusBadge } from './status-badge';

interface Props {
  clipId: string | null;
  selectedClaimId: string | null;
  onSelectClaim: (id: string | null) => void;
}

/** Right pane: the open clip's claims, and the selected one in full. */
export function ClaimsPanel({ clipId, selectedClaimId, onSelectClaim }: Props) {
  const clip = useClip(clipId);
  const [suggesting, setSuggesting] = useState(false);
  const [newClaimOpen, setNewClaimOpen] = useState(false);
  const [added, setAdded] = useState('');
  return (
    <aside className="pane pane-claims" aria-labelledby="claims-heading">
      <div className="section-head">
        <h2 id="claims-heading">Claims</h2>
        {clip.data && clip.data.claims.length > 0 && <span className="section-count">{clip.data.claims.length}</span>}
      </div>
      <div className="claims-toolbar">
        {clipId !== null && (
          <button type="button" className="button" aria-pressed={suggesting} aria-controls={suggesting ? 'suggestions-panel' : undefined} onClick={() => setSuggesting(!suggesting)}>
            Suggest claims
          </button>
        )}
        <button type="button" className="button" onClick={() => setNewClaimOpen(true)}>
          New claim without a clip
        </button>
      </div>
      <p role="status" className="claims-added">
        {added}
      </p>
      {suggesting && clip.data && <SuggestionsPanel clipId={clip.data.clip.id} text={clip.data.text} claims={clip.data.claims} />}
      <ClaimsBody clipId={clipId} clip={clip} selectedClaimId={selectedClaimId} onSelectClaim={onSelectClaim} />
      <NewClaimDialog
        open={newClaimOpen}
        onClose={() => setNewClaimOpen(false)}
        onAdded={() => {
          setNewClaimOpen(false);
          setAdded('Claim added. Claims without a clip are listed on the claims board.');
        }}
      />
    </aside>
  );
}

function ClaimsBody({ clipId, clip, selectedClaimId, onSelectClaim }: Props & { clip: ReturnType<typeof useClip> }) {
  if (clipId === null) return <p className="pane-note">Open a clip to see its claims.</p>;
  if (clip.isPending) return <p className="pane-note">Loading claims…</p>;
  if (clip.isError) return <p className="pane-note">The claims could not be loaded.</p>;
  const claims = inReadingOrder(clip.data.claims);
  if (claims.length === 0) {
    return (
      <div className="claims-empty">
        <p>No claims marked in this clip yet.</p>
        <p className="pane-note">
          Claims are the statements you want to check. Each gets a status, the sources that bear on it, and a history of
          every change.
        </p>
      </div>
    );
  }
  return (
    <>
      <ul className="claims-list">
        {claims.map((claim) => {
          const selected = claim.id === selectedClaimId;
          return (
            <li key={claim.id}>
              <button
                type="button"
                className="claim-item"
                aria-pressed={selected}
                onClick={() => onSelectClaim(selected ? null : claim.id)}
              >
                <StatusBadge status={claim.status} />
                <span className="claim-words">{claimWords(claim)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {selectedClaimId && claims.some((c) => c.id === selectedClaimId) && (
        <>
          <div className="claim-export">
            <ExportBriefButton request={{ claimIds: [selectedClaimId] }} label="Export brief of the selected claim" />
          </div>
          <ClaimDetail claimId={selectedClaimId} />
        </>
      )}
    </>
  );
}
