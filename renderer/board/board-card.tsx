import type { DragEvent, KeyboardEvent } from 'react';
import type { ClaimSummary } from '../../shared/api/views';
import type { EvidenceCounts } from '../../shared/domain/status';
import { claimWords } from '../claims/claim-order';
import { ROW_FOCUS } from '../lists/use-virtual-rows';
import { StatusBadge } from '../claims/status-badge';
import { evidenceSummary } from './board-moves';

/** The drag payload's type, so a drop of anything else (text, a file) is ignored. */
export const CLAIM_DRAG_TYPE = 'application/x-newsroom-claim';

interface Props {
  /** From the column's page: the clip's title and the evidence counts come with it, so a card fetches nothing. */
  claim: ClaimSummary;
  selected: boolean;
  /** 0 on the column's active card, -1 on the others: the column is one Tab stop, moved through with the arrows. */
  tabIndex: number;
  onFocus: () => void;
  hintId: string;
  onSelect: () => void;
  onStep: (delta: -1 | 1, counts: EvidenceCounts | undefined) => void;
  onMoveMenu: (counts: EvidenceCounts | undefined) => void;
  onDragStart: (counts: EvidenceCounts | undefined) => void;
}

/** One claim on the board: its words, its clip, its evidence and its status as word and icon. */
export function BoardCard({ claim, selected, tabIndex, onFocus, hintId, onSelect, onStep, onMoveMenu, onDragStart }: Props) {
  const counts = claim.evidence;
  const clipTitle = claim.clipTitle ?? 'No clip';
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
    <div className={`board-card${selected ? ' board-card-selected' : ''}`} draggable onDragStart={dragStart} onFocus={onFocus} data-claim-id={claim.id}>
      <button
        type="button"
        className="board-card-open"
        {...{ [ROW_FOCUS]: '' }}
        tabIndex={tabIndex}
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
      <button type="button" className="button button-quiet board-card-move" tabIndex={tabIndex} onClick={() => onMoveMenu(counts)}>
        Move to…
      </button>
    </div>
  );
}
