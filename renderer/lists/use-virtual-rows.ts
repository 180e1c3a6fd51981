import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { moveIndex } from '../library/library-order';

/** The keys that move through a list, as in the library: one row, ten rows, or to either end. */
export const ROW_MOVES: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity, PageDown: 10, PageUp: -10 };

/** Marks the element in a row that takes focus; "pending" while the row's page is still loading. */
export const ROW_FOCUS = 'data-row-focus';

interface Options {
  count: number;
  scrollRef: RefObject<HTMLElement | null>;
  /** A row's height before it is measured: rows are measured as they render. */
  estimateSize: number;
  overscan?: number;
}

/**
 * A virtualised list of rows a reporter moves through from the keyboard: only the rows in view (and
 * the one with focus) are in the DOM, and the list is a single Tab stop (a roving tabindex) whose
 * arrow, Page and Home/End keys move focus row by row, scrolling rows that were never rendered into
 * view. The focused row stays rendered while the list scrolls away from it, so focus is never lost.
 */
export function useVirtualRows({ count, scrollRef, estimateSize, overscan = 6 }: Options) {
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(0, count - 1));
  const wantFocus = useRef(false);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const rows = defaultRangeExtractor(range);
      if (activeIndex >= count || rows.includes(activeIndex)) return rows;
      return [...rows, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex, count],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; used as TanStack Virtual documents it.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    overscan,
    rangeExtractor,
  });

  // After a keyboard move, focus the row once it is rendered, and again when its page arrives
  // (the "Loading…" stand-in is replaced by the real row).
  useEffect(() => {
    if (!wantFocus.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"] [${ROW_FOCUS}]`);
    if (!row) return;
    if (document.activeElement !== row) row.focus({ preventScroll: true });
    if (row.getAttribute(ROW_FOCUS) !== 'pending') wantFocus.current = false;
  });

  /** Moves focus to a row: scrolls it into view, renders it, then focuses it. */
  const focusRow = useCallback(
    (index: number) => {
      wantFocus.current = true;
      setActive(index);
      virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [virtualizer],
  );

  /** On the list: moves between rows. Shift, Alt and Ctrl/Cmd with an arrow are left to the row (the board moves cards with Shift). */
  const onKeyDown = (event: KeyboardEvent) => {
    const delta = ROW_MOVES[event.key];
    if (delta === undefined || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    const next = moveIndex(activeIndex, delta, count);
    if (next === null) return;
    event.preventDefault();
    focusRow(next);
  };

  return {
    virtualizer,
    items: virtualizer.getVirtualItems(),
    activeIndex,
    /** A row that gets focus some other way (a click, Tab) becomes the list's Tab stop. */
    setActive,
    focusRow,
    onKeyDown,
    /** The tabindex of a row's controls: only the active row's are in the Tab order. */
    tabIndexOf: (index: number) => (index === activeIndex ? 0 : -1),
  };
}
