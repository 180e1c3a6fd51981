import { useEffect, useRef } from 'react';
import type { ClaimSummary } from '../../shared/api/views';
import type { EvidenceCounts } from '../../shared/domain/status';
import { CLAIM_PAGE_SIZE, claimPageQuery, type ClaimFilter } from '../client/queries';
import { usePagedRows } from '../lists/use-paged-rows';
import { ROW_FOCUS, useVirtualRows } from '../lists/use-virtual-rows';
import { BoardCard } from './board-card';
import { VirtualRow } from '../lists/virtual-row';

interface Props {
  /** The column's filter, status included. */
  filter: ClaimFilter;
  total: number;
  selectedClaimId: string | null;
  /** A card to focus once it is in this column (after a keyboard move or "Move to…"). */
  focusClaimId: string | null;
  onFocusTaken: () => void;
  hintId: string;
  onSelect: (claim: ClaimSummary) => void;
  onStep: (claim: ClaimSummary, delta: -1 | 1, counts: EvidenceCounts | undefined) => void;
  onMoveMenu: (claim: ClaimSummary, counts: EvidenceCounts | undefined) => void;
  onDragStart: (claim: ClaimSummary, counts: EvidenceCounts | undefined) => void;
}

const CARD_ESTIMATE = 150;

/**
 * A column's cards, virtualised: a column of 5,000 claims keeps a dozen cards in the DOM and fetches
 * only the pages in view. The column is one Tab stop; Up/Down, Page keys and Home/End move between
 * its cards, Shift+Left/Right moves the focused card to the next column.
 */
export function BoardCards({ filter, total, selectedClaimId, focusClaimId, onFocusTaken, hintId, onSelect, onStep, onMoveMenu, onDragStart }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useVirtualRows({ count: total, scrollRef, estimateSize: CARD_ESTIMATE, overscan: 3 });
  const paged = usePagedRows({ pageSize: CLAIM_PAGE_SIZE, pageQuery: (page) => claimPageQuery(filter, page), rows: rows.items.map((item) => item.index), staleTime: 0 });

  // A card moved here from the keyboard is scrolled to and focused, so the reporter keeps their place.
  const focusIndex = focusClaimId ? paged.findIndex((claim) => claim.id === focusClaimId) : -1;
  const { focusRow } = rows;
  useEffect(() => {
    if (focusIndex < 0) return;
    focusRow(focusIndex);
    onFocusTaken();
  }, [focusIndex, focusRow, onFocusTaken]);

  return (
    <div ref={scrollRef} className="board-scroll" onKeyDown={rows.onKeyDown}>
      <ul className="board-cards" style={{ height: rows.virtualizer.getTotalSize() }}>
        {rows.items.map((item) => {
          const claim = paged.itemAt(item.index);
          return (
            <VirtualRow key={item.key} item={item} measure={rows.virtualizer.measureElement} total={total} className="board-row">
              {claim ? (
                <BoardCard
                  claim={claim}
                  selected={claim.id === selectedClaimId}
                  tabIndex={rows.tabIndexOf(item.index)}
                  onFocus={() => rows.setActive(item.index)}
                  hintId={hintId}
                  onSelect={() => onSelect(claim)}
                  onStep={(delta, counts) => onStep(claim, delta, counts)}
                  onMoveMenu={(counts) => onMoveMenu(claim, counts)}
                  onDragStart={(counts) => onDragStart(claim, counts)}
                />
              ) : (
                <div className="board-card-pending" {...{ [ROW_FOCUS]: 'pending' }} tabIndex={rows.tabIndexOf(item.index)} aria-busy="true">
                  Loading…
                </div>
              )}
            </VirtualRow>
          );
        })}
      </ul>
    </div>
  );
}
