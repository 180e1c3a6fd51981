import { useCallback, useMemo, useState } from 'react';
import { call } from '../client/call';
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
  // index null: a clip opened from elsewhere whose row is not known yet (being located).
  const [selection, setSelection] = useState<{ index: number | null; id: string | null } | null>(null);

  const wantedPages = useMemo(
    () => [...pagesFor(range.first, range.last, CLIP_PAGE_SIZE), ...(selection?.index != null ? [Math.floor(selection.index / CLIP_PAGE_SIZE)] : [])],
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
  /**
   * A clip opened from elsewhere (a search result, a claim's clip): shown at once; when its row is
   * not on a loaded page, the notebook is asked where it stands, so the library marks and scrolls to
   * the right row rather than the first.
   */
  const openClipById = (id: string) => {
    const index = library.indexOf(id);
    setSelection({ index: index >= 0 ? index : null, id });
    toLibrary();
    if (index >= 0) return;
    call('locateClip', { id })
      .then(({ position }) => setSelection((current) => (current?.id === id ? { index: position, id } : current)))
      .catch(() => undefined); // Gone meanwhile: the reader says so.
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
