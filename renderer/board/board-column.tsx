import { useState, type DragEvent } from 'react';
import type { Claim } from '../../shared/domain/entities';
import { STATUS_LABELS, type EvidenceCounts, type Status } from '../../shared/domain/status';
import { StatusIcon } from '../claims/status-icon';
import { useClaimPages, type ClaimFilter } from '../client/queries';
import { BoardCard, CLAIM_DRAG_TYPE } from './board-card';

interface Props {
  status: Status;
  filter: ClaimFilter;
  selectedClaimId: string | null;
  focusClaimId: string | null;
  onFocusTaken: () => void;
  hintId: string;
  onSelect: (claim: Claim) => void;
  onStep: (claim: Claim, delta: -1 | 1, counts: EvidenceCounts | undefined) => void;
  onMoveMenu: (claim: Claim, counts: EvidenceCounts | undefined) => void;
  onDragStart: (claim: Claim, counts: EvidenceCounts | undefined) => void;
  onDropClaim: (to: Status) => void;
}

/** One status column: its claims a page at a time, and a drop target for cards from the others. */
export function BoardColumn(props: Props) {
  const { status, filter, selectedClaimId, focusClaimId, onFocusTaken, hintId, onSelect, onStep, onMoveMenu, onDragStart, onDropClaim } = props;
  const pages = useClaimPages({ ...filter, status });
  const [dropping, setDropping] = useState(false);
  const claims = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const total = pages.data?.pages[0]?.total ?? 0;
  const label = STATUS_LABELS[status];

  const accepts = (event: DragEvent) => event.dataTransfer.types.includes(CLAIM_DRAG_TYPE);
  const onDragOver = (event: DragEvent) => {
    if (!accepts(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (!dropping) setDropping(true);
  };
  const onDrop = (event: DragEvent) => {
    setDropping(false);
    if (!accepts(event)) return;
    event.preventDefault();
    onDropClaim(status);
  };

  return (
    <section
      className={`board-column${dropping ? ' board-column-drop' : ''}`}
      aria-label={label}
      data-status={status}
      onDragOver={onDragOver}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={onDrop}
    >
      <h3 className={`board-column-head status-${status}`}>
        <StatusIcon status={status} />
        <span>{label}</span>
        <span className="board-column-count" aria-label={`${total} ${total === 1 ? 'claim' : 'claims'}`}>
          {total}
        </span>
      </h3>
      {pages.isPending ? (
        <p className="pane-note">Loading…</p>
      ) : pages.isError ? (
        <p className="pane-note">This column could not be loaded.</p>
      ) : claims.length === 0 ? (
        <p className="board-empty">No {label.toLowerCase()} claims.</p>
      ) : (
        <ul className="board-cards">
          {claims.map((claim) => (
            <BoardCard
              key={claim.id}
              claim={claim}
              selected={claim.id === selectedClaimId}
              takeFocus={claim.id === focusClaimId}
              onFocusTaken={onFocusTaken}
              hintId={hintId}
              onSelect={() => onSelect(claim)}
              onStep={(delta, counts) => onStep(claim, delta, counts)}
              onMoveMenu={(counts) => onMoveMenu(claim, counts)}
              onDragStart={(counts) => onDragStart(claim, counts)}
            />
          ))}
        </ul>
      )}
      {pages.hasNextPage && (
        <button type="button" className="button board-more" onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
          {pages.isFetchingNextPage ? 'Loading…' : `Show ${Math.min(total - claims.length, 25)} more`}
        </button>
      )}
    </section>
  );
}
