import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeskView } from './desk-views';

/**
 * The view the desk shows (library, board, sources, trash). `show` is switching by hand: it also moves
 * focus to the new centre pane, so a keyboard user lands where they went; `setView` only switches.
 */
export function useDeskView() {
  const [view, setView] = useState<DeskView>('library');
  const centre = useRef<HTMLElement>(null);
  const focusCentre = useRef(false);
  const show = useCallback((next: DeskView) => {
    focusCentre.current = true;
    setView(next);
  }, []);
  useEffect(() => {
    if (!focusCentre.current) return;
    focusCentre.current = false;
    centre.current?.focus();
  }, [view]);
  return { view, setView, show, centre };
}
