import { useEffect, useRef, type DragEvent, type KeyboardEvent } from 'react';
import type { ClaimSummary } from '../../shared/api/views';
import type { EvidenceCounts } from '../../shared/domain/status';
import { claimWords } from '../claims/claim-order';
import { StatusBadge } from '../claims/status-badge';
import { evidenceSummary } from './board-moves';

/** The drag payload's type, so a drop of anything else (text, a file) is ignored. */
export const CLAIM_DRAG_TYPE = 'application/x-newsroom-claim';

interface Props {
  /** From the column's page: the clip's title and the evidence counts come with it, so a card fetches nothing. */
  claim: ClaimSummary;
  selected: boolean;
  /** Take focus once: after a keyboard move, so the reporter keeps their place on the card. */
  takeFocus: boolean;
  onFocusTaken: () => void;
  hintId: string;
  onSelect: () => void;
  onStep: (delta: -1 | 1, counts: EvidenceCounts | undefined) => void;
  onMoveMenu: (counts: EvidenceCounts | undefined) => void;
  onDragStart: (counts: EvidenceCounts | undefined) => void;
}

/** One claim on the board: its words, its clip, its evidence and its status as word and icon. */
export function BoardCard({ claim, selected, takeFocus, onFocusTaken, hintId, onSelect, onStep, onMoveMenu, onDragStart }: Props) {
  const counts = claim.evidence;
  const clipTitle = claim.clipTitle ?? 'No clip';
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!takeFocus) return;
    button.current?.focus();
    onFocusTaken();
  }, [takeFocus, onFocusTaken]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    onStep(event.key === 'ArrowLeft' ? -1 : 1, counts);
  };

  const dragStart = (event: DragEvent) => {
    event.dataTransfer.setData(CLAIM_DRAG_TYPE, claim.id);
    event.dataTransfer.setData('text/plain', claimWords(claim));
    event.dataTransfer.effectAllowed = 'move';
    onDragStart(counts);
  };

  return (
    <li className={`board-card${selected ? ' board-card-selected' : ''}`} draggable onDragStart={dragStart} data-claim-id={claim.id}>
      <button
        ref={button}
        type="button"
        className="board-card-open"
        aria-pressed={selected}
        aria-describedby={hintId}
        aria-keyshortcuts="Shift+ArrowLeft Shift+ArrowRight"
        onClick={onSelect}
        onKeyDown={onKeyDown}
      >
        <span className="board-card-text">{claimWords(claim)}</span>
        <span className="board-card-clip">{clipTitle}</span>
        <span className="board-card-evidence">{evidenceSummary(counts)}</span>
        <StatusBadge status={claim.status} />
      </button>
      <button type="button" className="button button-quiet board-card-move" onClick={() => onMoveMenu(counts)}>
        Move to…
      </button>
    </li>
  );
}
