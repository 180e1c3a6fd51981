import { useCallback, useId, useRef, useState } from 'react';
import type { Claim } from '../../shared/domain/entities';
import { STATUSES, type EvidenceCounts, type Status } from '../../shared/domain/status';
import { errorMessage } from '../client/call';
import { useChangeStatus } from '../undo/use-undoable-actions';
import { BoardColumn } from './board-column';
import { BoardFilters, type BoardFilter } from './board-filters';
import { neighbourStatus, planMove } from './board-moves';
import { MoveClaimDialog } from './move-claim-dialog';
import '../styles/board.css';

interface Props {
  filter: BoardFilter;
  onFilterChange: (filter: BoardFilter) => void;
  selectedClaimId: string | null;
  onSelectClaim: (id: string | null) => void;
}

interface Moving {
  claim: Claim;
  counts: EvidenceCounts | undefined;
  to: Status | null;
}

/**
 * The claims board: every live claim in a column by status. A card moves by dragging it, by
 * Shift+Left/Right on it, or through its "Move to…" dialog; all three go through the same plan
 * (move now, ask for a rationale, or explain what is missing) and the same undoable change.
 */
export function ClaimsBoard({ filter, onFilterChange, selectedClaimId, onSelectClaim }: Props) {
  const [moving, setMoving] = useState<Moving | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [focusClaimId, setFocusClaimId] = useState<string | null>(null);
  const dragged = useRef<{ claim: Claim; counts: EvidenceCounts | undefined } | null>(null);
  const { change } = useChangeStatus();
  const hintId = useId();
  const clearFocus = useCallback(() => setFocusClaimId(null), []);

  const request = (claim: Claim, to: Status, counts: EvidenceCounts | undefined) => {
    setProblem(null);
    const plan = planMove(claim.status, to, counts);
    if (plan.kind === 'none') return;
    if (plan.kind === 'move') {
      change(claim, to).then(
        () => setFocusClaimId(claim.id),
        (error: unknown) => setProblem(errorMessage(error)),
      );
      return;
    }
    setMoving({ claim, counts, to });
  };

  return (
    <div className="board-view">
      <header className="board-header">
        <h2 id="board-heading">Claims board</h2>
        <BoardFilters filter={filter} onChange={onFilterChange} />
      </header>
      <p id={hintId} className="hint board-hint">
        Drag a card to another column, or focus it and press Shift+Left or Shift+Right. “Move to…” picks any column. Up and Down move between a column’s cards.
      </p>
      {problem && (
        <p role="alert" className="form-error board-problem">
          {problem}
        </p>
      )}
      <div className="board-columns" aria-labelledby="board-heading" role="group">
        {STATUSES.map((status) => (
          <BoardColumn
            key={status}
            status={status}
            filter={filter}
            selectedClaimId={selectedClaimId}
            focusClaimId={focusClaimId}
            onFocusTaken={clearFocus}
            hintId={hintId}
            onSelect={(claim) => onSelectClaim(claim.id === selectedClaimId ? null : claim.id)}
            onStep={(claim, delta, counts) => {
              const to = neighbourStatus(claim.status, delta);
              if (to) request(claim, to, counts);
            }}
            onMoveMenu={(claim, counts) => setMoving({ claim, counts, to: null })}
            onDragStart={(claim, counts) => {
              dragged.current = { claim, counts };
            }}
            onDropClaim={(to) => {
              const item = dragged.current;
              dragged.current = null;
              if (item) request(item.claim, to, item.counts);
            }}
          />
        ))}
      </div>
      {moving && (
        <MoveClaimDialog
          key={`${moving.claim.id}-${moving.to ?? ''}`}
          claim={moving.claim}
          counts={moving.counts}
          initialTo={moving.to}
          onClose={() => setMoving(null)}
          onMoved={(claim) => {
            setMoving(null);
            setFocusClaimId(claim.id);
          }}
          onOpenClaim={() => {
            onSelectClaim(moving.claim.id);
            setMoving(null);
          }}
        />
      )}
    </div>
  );
}
