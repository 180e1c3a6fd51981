import { useCallback, useMemo, useState } from 'react';
import { CLIP_PAGE_SIZE } from '../client/queries';
import { moveIndex, pagesFor } from '../library/library-order';
import { useLibrary } from '../library/use-library';

/**
 * Which clip of the library is open. The library is fetched by pages: those in view, and the open
 * row's. What the reporter opened is a row and the clip's id once known (a row whose page is still
 * loading has no id yet); the open row follows its clip if the library shifted (a clip added above
 * it), and with nothing chosen yet the newest clip is open. `toLibrary` is called whenever a clip is
 * opened, to show it.
 */
export function useOpenClip(toLibrary: () => void) {
  const [range, setRange] = useState({ first: 0, last: 0 });
  const [selection, setSelection] = useState<{ index: number; id: string | null } | null>(null);

  const wantedPages = useMemo(
    () => [...pagesFor(range.first, range.last, CLIP_PAGE_SIZE), ...(selection ? [Math.floor(selection.index / CLIP_PAGE_SIZE)] : [])],
    [range.first, range.last, selection],
  );
  const library = useLibrary(wantedPages);
  const total = library.total;

  const foundIndex = selection?.id ? library.indexOf(selection.id) : -1;
  const openIndex = selection ? (foundIndex >= 0 ? foundIndex : selection.index) : total ? 0 : null;
  const openClipId = selection?.id ?? (openIndex !== null ? (library.clipAt(openIndex)?.id ?? null) : null);
  const openClipSummary = openIndex !== null ? library.clipAt(openIndex) : undefined;
  /** The open clip with its title for Export brief's scope; the title may not be loaded yet. */
  const openClip = openClipId ? { id: openClipId, title: openClipSummary?.id === openClipId ? openClipSummary.title : 'the open clip' } : null;

  const onRangeChange = useCallback((first: number, last: number) => setRange({ first, last }), []);
  const openRow = useCallback(
    (index: number, id: string) => {
      setSelection({ index, id });
      toLibrary();
    },
    [toLibrary],
  );
  const openClipById = (id: string) => {
    const index = library.indexOf(id);
    setSelection({ index: index >= 0 ? index : 0, id });
    toLibrary();
  };
  /** The library lists newest first, so a clip just added sits at the top. */
  const openAdded = (id: string) => {
    setSelection({ index: 0, id });
    toLibrary();
  };
  const move = (delta: number) => {
    const next = moveIndex(openIndex, delta, total ?? 0);
    if (next !== null) setSelection({ index: next, id: library.clipAt(next)?.id ?? null });
  };

  return { library, total, openIndex, openClipId, openClip, onRangeChange, openRow, openClipById, openAdded, move };
}
