import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type DragEvent } from 'react';
import type { Claim } from '../../shared/domain/entities';
import { STATUS_LABELS, type EvidenceCounts, type Status } from '../../shared/domain/status';
import { StatusIcon } from '../claims/status-icon';
import { claimPageQuery, type ClaimFilter } from '../client/queries';
import { CLAIM_DRAG_TYPE } from './board-card';
import { BoardCards } from './board-cards';

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

/** One status column: its claims in a virtualised list fetched a page at a time, and a drop target for cards from the others. */
export function BoardColumn(props: Props) {
  const { status, filter, selectedClaimId, focusClaimId, onFocusTaken, hintId, onSelect, onStep, onMoveMenu, onDragStart, onDropClaim } = props;
  const { storyId, clipId, sourceId } = filter;
  const columnFilter = useMemo(() => ({ storyId, clipId, sourceId, status }), [storyId, clipId, sourceId, status]);
  // The first page gives the count (the column's height); the cards fetch the pages they show.
  const head = useQuery({ ...claimPageQuery(columnFilter, 0), staleTime: 0 });
  const [dropping, setDropping] = useState(false);
  const total = head.data?.total ?? 0;
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
      {head.isPending ? (
        <p className="pane-note">Loading…</p>
      ) : head.isError ? (
        <p className="pane-note">This column could not be loaded.</p>
      ) : total === 0 ? (
        <p className="board-empty">No {label.toLowerCase()} claims.</p>
      ) : (
        <BoardCards
          key={JSON.stringify(columnFilter)}
          filter={columnFilter}
          total={total}
          selectedClaimId={selectedClaimId}
          focusClaimId={focusClaimId}
          onFocusTaken={onFocusTaken}
          hintId={hintId}
          onSelect={onSelect}
          onStep={onStep}
          onMoveMenu={onMoveMenu}
          onDragStart={onDragStart}
        />
      )}
    </section>
  );
}
