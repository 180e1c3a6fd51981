import { useCallback, useMemo, useState } from 'react';
import type { Clip } from '../../shared/domain/entities';
import { CLIP_PAGE_SIZE, useAddSampleClip, useNotebookInfo } from '../client/queries';
import { ErrorBoundary } from '../app/error-boundary';
import { NoticesBanner } from '../app/notices-banner';
import { ClaimsPanel } from '../claims/claims-panel';
import { PasteTextDialog } from '../dialogs/paste-text-dialog';
import { ShortcutsDialog } from '../dialogs/shortcuts-dialog';
import { isMacPlatform } from '../keyboard/shortcuts';
import { LibraryPane, SEARCH_SLOT_ID } from '../library/library-pane';
import { moveIndex, pagesFor } from '../library/library-order';
import { useLibrary } from '../library/use-library';
import { EmptyState } from '../reader/empty-state';
import { ReaderPane } from '../reader/reader-pane';
import { useDeskShortcuts } from './use-desk-shortcuts';

type OpenDialog = 'paste' | 'shortcuts' | null;

const isMac = isMacPlatform(globalThis.navigator?.platform ?? '');

/**
 * The desk: one window, three panes (library, reader, claims). It owns what is open; each pane
 * fetches what it shows through the shared query cache.
 */
export function Desk() {
  const info = useNotebookInfo();
  const [range, setRange] = useState({ first: 0, last: 0 });
  // What the reporter opened: a row, and the clip's id once known. A row whose page is still loading has no id yet.
  const [selection, setSelection] = useState<{ index: number; id: string | null } | null>(null);
  const [claimChoice, setClaimChoice] = useState<{ clipId: string; claimId: string } | null>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const addSample = useAddSampleClip();

  const wantedPages = useMemo(
    () => [...pagesFor(range.first, range.last, CLIP_PAGE_SIZE), ...(selection ? [Math.floor(selection.index / CLIP_PAGE_SIZE)] : [])],
    [range.first, range.last, selection],
  );
  const library = useLibrary(wantedPages);
  const total = library.total;

  // The open row follows its clip if the library shifted (a clip added above it); nothing chosen yet: the newest clip is open.
  const foundIndex = selection?.id ? library.indexOf(selection.id) : -1;
  const openIndex = selection ? (foundIndex >= 0 ? foundIndex : selection.index) : total ? 0 : null;
  const openClipId = selection?.id ?? (openIndex !== null ? (library.clipAt(openIndex)?.id ?? null) : null);
  const selectedClaimId = claimChoice && claimChoice.clipId === openClipId ? claimChoice.claimId : null;

  const onRangeChange = useCallback((first: number, last: number) => setRange({ first, last }), []);
  const openRow = useCallback((index: number, id: string) => setSelection({ index, id }), []);
  const move = (delta: number) => {
    const next = moveIndex(openIndex, delta, total ?? 0);
    if (next !== null) setSelection({ index: next, id: library.clipAt(next)?.id ?? null });
  };

  useDeskShortcuts(
    isMac,
    {
      'focus-search': () => document.getElementById(SEARCH_SLOT_ID)?.querySelector<HTMLElement>('input, button, [tabindex]')?.focus(),
      'next-clip': () => move(1),
      'previous-clip': () => move(-1),
      'show-shortcuts': () => setDialog('shortcuts'),
    },
    dialog === null,
  );

  // The library lists newest first, so a clip just added sits at the top.
  const onClipAdded = (clip: Clip) => {
    setDialog(null);
    setSelection({ index: 0, id: clip.id });
  };

  const notebookEmpty = total === 0;

  return (
    <div className="desk">
      <header className="topbar">
        <h1 className="app-name">Newsroom Notebook</h1>
        {info.data && (
          <span className="notebook-path" title={info.data.path}>
            {info.data.path}
          </span>
        )}
        <div className="topbar-actions">
          <button type="button" className="button" onClick={() => setDialog('paste')}>
            Paste text
          </button>
          <button type="button" className="button" onClick={() => setDialog('shortcuts')} aria-keyshortcuts="?">
            Help: keyboard shortcuts
          </button>
        </div>
      </header>
      {info.data && <NoticesBanner notices={info.data.notices} />}
      <div className="panes">
        <ErrorBoundary area="the library">
          <LibraryPane library={library} selectedIndex={openIndex} onSelect={openRow} onMove={move} onRangeChange={onRangeChange} />
        </ErrorBoundary>
        <main className="pane pane-reader" aria-label="Reader">
          <ErrorBoundary area="the reader">
            {notebookEmpty ? (
              <EmptyState
                onAddSample={() => addSample.mutate(undefined, { onSuccess: (result) => onClipAdded(result.clip) })}
                addingSample={addSample.isPending}
                onPaste={() => setDialog('paste')}
              />
            ) : (
              <ReaderPane clipId={openClipId} />
            )}
          </ErrorBoundary>
        </main>
        <ErrorBoundary area="the claims panel">
          <ClaimsPanel
            clipId={openClipId}
            selectedClaimId={selectedClaimId}
            onSelectClaim={(claimId) => setClaimChoice(claimId && openClipId ? { clipId: openClipId, claimId } : null)}
          />
        </ErrorBoundary>
      </div>
      <PasteTextDialog open={dialog === 'paste'} onClose={() => setDialog(null)} onAdded={onClipAdded} />
      <ShortcutsDialog open={dialog === 'shortcuts'} onClose={() => setDialog(null)} isMac={isMac} />
    </div>
  );
}
