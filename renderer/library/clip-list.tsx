import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ClipSummary } from '../../shared/api/views';
import { clipOrigin, countLabel, formatDate } from '../format/format-date';

interface Props {
  /** How many clips the notebook holds: the list is as tall as all of them. */
  total: number;
  /** The clip at a row, when its page has loaded. */
  clipAt: (index: number) => ClipSummary | undefined;
  selectedIndex: number | null;
  onSelect: (index: number, id: string) => void;
  onMove: (delta: number) => void;
  /** Tells the desk which rows are in view, so it loads just their pages. */
  onRangeChange: (first: number, last: number) => void;
}

const ROW_ESTIMATE = 64;
const KEY_MOVES: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity, PageDown: 10, PageUp: -10 };

export const optionId = (index: number) => `clip-option-${index}`;

/**
 * The library as a virtualised listbox: only the rows in view are in the DOM, so a notebook of 10k
 * clips scrolls as lightly as one of ten. Focus stays on the list and aria-activedescendant points at
 * the open clip; selection follows the arrow keys, like a mail client.
 */
export function ClipList({ total, clipAt, selectedIndex, onSelect, onMove, onRangeChange }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; used as TanStack Virtual documents it.
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => onRangeChange(first, last), [first, last, onRangeChange]);

  // Scroll again once the row's page has loaded: rows are measured as they render, so the first
  // scroll to a far row lands on estimated heights.
  const selectedLoaded = selectedIndex !== null && clipAt(selectedIndex) !== undefined;
  useEffect(() => {
    if (selectedIndex !== null) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, selectedLoaded, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const delta = KEY_MOVES[event.key];
    if (delta === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    onMove(delta);
  };

  const activeRendered = selectedIndex !== null && items.some((item) => item.index === selectedIndex);

  return (
    <div
      ref={scrollRef}
      className="clip-list"
      role="listbox"
      aria-label="Clips"
      tabIndex={0}
      aria-activedescendant={activeRendered ? optionId(selectedIndex) : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="clip-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const clip = clipAt(item.index);
          const selected = item.index === selectedIndex;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="clip-row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <div
                id={optionId(item.index)}
                role="option"
                aria-selected={selected}
                aria-setsize={total}
                aria-posinset={item.index + 1}
                aria-busy={clip ? undefined : true}
                className={clip ? 'clip-option' : 'clip-option clip-pending'}
                onClick={clip ? () => onSelect(item.index, clip.id) : undefined}
              >
                {clip ? <ClipRow clip={clip} /> : 'Loading…'}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}

function ClipRow({ clip }: { clip: ClipSummary }) {
  return (
    <>
      <span className="clip-title">{clip.title}</span>
      <span className="clip-meta">
        <span className="clip-origin">{clipOrigin(clip)}</span>
        <span className="clip-date">
          <span aria-hidden="true">· </span>
          {formatDate(clip.publishedTime ?? clip.createdAt)}
        </span>
        <span className="clip-claims">{countLabel(clip.claimCount, 'claim')}</span>
      </span>
    </>
  );
}
