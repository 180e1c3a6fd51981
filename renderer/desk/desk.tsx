import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Clip } from '../../shared/domain/entities';
import { CLIP_PAGE_SIZE, useAddSampleClip, useNotebookInfo, useStories } from '../client/queries';
import { ErrorBoundary } from '../app/error-boundary';
import { NoticesBanner } from '../app/notices-banner';
import type { BoardFilter } from '../board/board-filters';
import { ClaimsBoard } from '../board/claims-board';
import { ClaimDetail } from '../claims/claim-detail';
import { ClaimsPanel } from '../claims/claims-panel';
import { useAppCommands } from '../app/use-app-commands';
import { ClipDialog, type AttachedJob, type ClipTab, type DroppedFile } from '../clip/clip-dialog';
import { useFileDrop } from '../clip/use-file-drop';
import { ShortcutsDialog } from '../dialogs/shortcuts-dialog';
import { ExportBriefDialog } from '../briefs/export-brief-dialog';
import { SettingsDialog } from '../settings/settings-dialog';
import { ExportBriefRequestProvider, type BriefRequest } from '../briefs/export-brief-request';
import { isMacPlatform } from '../keyboard/shortcuts';
import { LibraryPane } from '../library/library-pane';
import { moveIndex, pagesFor } from '../library/library-order';
import { useLibrary } from '../library/use-library';
import { EmptyState } from '../reader/empty-state';
import { ReaderPane, type FocusPassage } from '../reader/reader-pane';
import { SearchPalette, type OpenedResult } from '../search/search-palette';
import { SourcePane, type SourceSelection } from '../sources/source-pane';
import { SourcesView } from '../sources/sources-view';
import { TrashView } from '../trash/trash-view';
import { UndoProvider, useUndo } from '../undo/undo-context';
import type { DeskView } from './desk-views';
import { useDeskShortcuts } from './use-desk-shortcuts';
import { ViewSwitcher } from './view-switcher';
import '../styles/organise.css';

type OpenDialog = 'clip' | 'shortcuts' | 'search' | 'brief' | null;

const isMac = isMacPlatform(globalThis.navigator?.platform ?? '');

const CENTRE_LABELS: Record<DeskView, string> = { library: 'Reader', board: 'Claims board', sources: 'Sources', trash: 'Trash' };

/** The desk, with its undo history: one per window, shared by every view. */
export function Desk() {
  return (
    <UndoProvider>
      <DeskBody />
    </UndoProvider>
  );
}

/**
 * The desk: one window, three panes. The left pane switches the view (library, board, sources, trash);
 * the centre shows the reader or the chosen view, the right the selected claim or source. It owns what
 * is open; each pane fetches what it shows through the shared query cache.
 */
function DeskBody() {
  const info = useNotebookInfo();
  const undo = useUndo();
  const [view, setView] = useState<DeskView>('library');
  const [range, setRange] = useState({ first: 0, last: 0 });
  // What the reporter opened: a row, and the clip's id once known. A row whose page is still loading has no id yet.
  const [selection, setSelection] = useState<{ index: number; id: string | null } | null>(null);
  const [claimChoice, setClaimChoice] = useState<{ clipId: string; claimId: string } | null>(null);
  const [boardClaimId, setBoardClaimId] = useState<string | null>(null);
  const [storyId, setStoryId] = useState<string | null>(null);
  const [boardFilter, setBoardFilter] = useState<Omit<BoardFilter, 'storyId'>>({});
  const [sourceSelection, setSourceSelection] = useState<SourceSelection>(null);
  /** The passage a search result opened at, marked in the reader while its clip is open. */
  const [passage, setPassage] = useState<(FocusPassage & { clipId: string }) | null>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  // Apart from `dialog`: Settings also opens over the Export brief dialog, which must stay as it was.
  const [settingsOpen, setSettingsOpen] = useState(false);
  /** The scope a story or the selected claim asked Export brief to start on; none when opened from the top bar. */
  const [briefRequest, setBriefRequest] = useState<BriefRequest | null>(null);
  const [clipTab, setClipTab] = useState<ClipTab>('url');
  const [dropped, setDropped] = useState<DroppedFile | null>(null);
  const [attached, setAttached] = useState<AttachedJob | null>(null);
  const addSample = useAddSampleClip();
  const stories = useStories();
  const story = (storyId && stories.data?.items.find((s) => s.id === storyId)) || null;

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
  const openClipSummary = openIndex !== null ? library.clipAt(openIndex) : undefined;
  const openClip = openClipId ? { id: openClipId, title: openClipSummary?.id === openClipId ? openClipSummary.title : 'the open clip' } : null;
  const selectedClaimId = claimChoice && claimChoice.clipId === openClipId ? claimChoice.claimId : null;

  // Switching views by hand moves focus to the new centre pane, so a keyboard user lands where they went.
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

  const onRangeChange = useCallback((first: number, last: number) => setRange({ first, last }), []);
  const openRow = useCallback((index: number, id: string) => {
    setSelection({ index, id });
    setView('library');
  }, []);
  const openClipById = (id: string) => {
    const index = library.indexOf(id);
    setSelection({ index: index >= 0 ? index : 0, id });
    setView('library');
  };
  const move = (delta: number) => {
    const next = moveIndex(openIndex, delta, total ?? 0);
    if (next !== null) setSelection({ index: next, id: library.clipAt(next)?.id ?? null });
  };
  const openClaimOnBoard = (claimId: string) => {
    setBoardClaimId(claimId);
    show('board');
  };
  const openClipDialog = (tab: ClipTab) => {
    setDropped(null);
    setAttached(null);
    setClipTab(tab);
    setDialog('clip');
  };
  const closeDialog = () => {
    setDropped(null);
    setAttached(null);
    setBriefRequest(null);
    setDialog(null);
  };
  // A file dropped anywhere on the window is clipped at once, its progress shown in the Clip dialog.
  const dragging = useFileDrop((file) => {
    setDropped({ file });
    setClipTab('file');
    setDialog('clip');
  });

  // A modal dialog of a view (move, link a source) owns the keyboard while it is open.
  const noModal = () => document.querySelector('dialog[open]') === null;
  const requestBrief = (request: BriefRequest) => {
    if (!noModal()) return;
    setBriefRequest(request);
    setDialog('brief');
  };

  // The desktop app's menu (File > New clip, Import file…, Help > Keyboard shortcuts…) arrives as commands.
  useAppCommands((command) => {
    if (command.kind === 'show-clip-job') {
      // A clip main started: its progress replaces whatever the Clip dialog showed.
      setDropped(null);
      setAttached({ jobId: command.jobId, tab: /^https?:/.test(command.label) ? 'url' : 'file', label: command.label });
      setClipTab(/^https?:/.test(command.label) ? 'url' : 'file');
      setDialog('clip');
      return;
    }
    if (!noModal()) return;
    if (command.kind === 'new-clip') openClipDialog(command.tab);
    else if (command.kind === 'show-shortcuts') setDialog('shortcuts');
    else if (command.kind === 'export-brief') setDialog('brief');
  });

  useDeskShortcuts(
    isMac,
    {
      'new-clip': () => noModal() && openClipDialog('url'),
      'focus-search': () => noModal() && setDialog('search'),
      'export-brief': () => noModal() && setDialog('brief'),
      'next-clip': () => move(1),
      'previous-clip': () => move(-1),
      'show-shortcuts': () => setDialog('shortcuts'),
      'view-library': () => noModal() && show('library'),
      'view-board': () => noModal() && show('board'),
      'view-sources': () => noModal() && show('sources'),
      'view-trash': () => noModal() && show('trash'),
      undo: () => {
        if (noModal()) void undo.undoLast();
      },
    },
    dialog === null && !settingsOpen,
  );

  // The library lists newest first, so a clip just added sits at the top. A duplicate is opened where it
  // is, and the Clip dialog stays open to offer a new version.
  const onClipAdded = (clip: Clip, duplicate = false) => {
    if (duplicate) {
      openClipById(clip.id);
      return;
    }
    closeDialog();
    setSelection({ index: 0, id: clip.id });
    setView('library');
  };

  /** A search result opened (renderer/search/search-target.ts decides where it goes). */
  const openSearchResult = (result: OpenedResult) => {
    closeDialog();
    if (result.kind === 'clip') {
      openClipById(result.clipId);
      setClaimChoice(result.claimId ? { clipId: result.clipId, claimId: result.claimId } : null);
      setPassage(result.passage ? { clipId: result.clipId, ...result.passage, key: Date.now() } : null);
    } else if (result.kind === 'claim') openClaimOnBoard(result.claimId);
    else {
      setSourceSelection({ mode: 'view', source: result.source });
      show('sources');
    }
  };

  const notebookEmpty = total === 0;

  return (
    <ExportBriefRequestProvider value={requestBrief}>
      <div className="desk">
        <header className="topbar">
          <h1 className="app-name">Newsroom Notebook</h1>
          {info.data && (
            <span className="notebook-path" title={info.data.path}>
              {info.data.path}
            </span>
          )}
          <div className="topbar-actions">
            <button type="button" className="button button-primary" onClick={() => openClipDialog('url')} aria-keyshortcuts={isMac ? 'Meta+N' : 'Control+N'}>
              New clip
            </button>
            <button type="button" className="button" onClick={() => openClipDialog('paste')}>
              Paste text
            </button>
            <button type="button" className="button" onClick={() => setDialog('search')} aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}>
              Search
            </button>
            <button type="button" className="button" onClick={() => setDialog('brief')} aria-keyshortcuts={isMac ? 'Meta+E' : 'Control+E'}>
              Export brief
            </button>
            <button type="button" className="button" onClick={() => setDialog('shortcuts')} aria-keyshortcuts="?">
              Help: keyboard shortcuts
            </button>
            <button type="button" className="button" onClick={() => setSettingsOpen(true)}>
              Settings
            </button>
          </div>
        </header>
        {info.data && <NoticesBanner notices={info.data.notices} />}
        <div className={`panes panes-${view}`}>
          <ErrorBoundary area="the library">
            <LibraryPane
              library={library}
              selectedIndex={openIndex}
              onSelect={openRow}
              onMove={move}
              onRangeChange={onRangeChange}
              views={<ViewSwitcher view={view} onView={show} isMac={isMac} />}
              story={story}
              onStoryFilter={setStoryId}
              openClip={openClip}
              onOpenClip={openClipById}
            />
          </ErrorBoundary>
          <main ref={centre} tabIndex={-1} className={`pane pane-${view === 'library' ? 'reader' : `view pane-${view}`}`} aria-label={CENTRE_LABELS[view]}>
            <ErrorBoundary area={`the ${CENTRE_LABELS[view].toLowerCase()}`}>
              {view === 'library' &&
                (notebookEmpty ? (
                  <EmptyState
                    onAddSample={() => addSample.mutate(undefined, { onSuccess: (result) => onClipAdded(result.clip) })}
                    addingSample={addSample.isPending}
                    onPaste={() => openClipDialog('paste')}
                    onNewClip={() => openClipDialog('url')}
                  />
                ) : (
                  <ReaderPane
                    clipId={openClipId}
                    selectedClaimId={selectedClaimId}
                    onSelectClaim={(claimId) => openClipId && setClaimChoice({ clipId: openClipId, claimId })}
                    onOpenClip={openClipById}
                    focusPassage={passage?.clipId === openClipId ? passage : null}
                  />
                ))}
              {view === 'board' && (
                <ClaimsBoard
                  filter={{ ...boardFilter, storyId: storyId ?? undefined }}
                  onFilterChange={({ storyId: nextStory, ...rest }) => {
                    setStoryId(nextStory ?? null);
                    setBoardFilter(rest);
                  }}
                  selectedClaimId={boardClaimId}
                  onSelectClaim={setBoardClaimId}
                />
              )}
              {view === 'sources' && (
                <SourcesView
                  selectedId={sourceSelection && sourceSelection.mode !== 'new' ? sourceSelection.source.id : null}
                  onSelect={(source) => setSourceSelection({ mode: 'view', source })}
                  onNew={() => setSourceSelection({ mode: 'new' })}
                />
              )}
              {view === 'trash' && <TrashView />}
            </ErrorBoundary>
          </main>
          {view === 'library' && (
            <ErrorBoundary area="the claims panel">
              <ClaimsPanel
                clipId={openClipId}
                selectedClaimId={selectedClaimId}
                onSelectClaim={(claimId) => setClaimChoice(claimId && openClipId ? { clipId: openClipId, claimId } : null)}
              />
            </ErrorBoundary>
          )}
          {view === 'board' && (
            <aside className="pane pane-claims" aria-labelledby="board-claim-heading">
              <div className="section-head">
                <h2 id="board-claim-heading">Claim</h2>
              </div>
              <ErrorBoundary area="the claim">
                {boardClaimId ? (
                  <ClaimDetail claimId={boardClaimId} onDeleted={() => setBoardClaimId(null)} />
                ) : (
                  <p className="pane-note">Choose a card to see the claim, its evidence and its timeline.</p>
                )}
              </ErrorBoundary>
            </aside>
          )}
          {view === 'sources' && (
            <ErrorBoundary area="the source">
              <SourcePane selection={sourceSelection} onChange={setSourceSelection} onOpenClaim={openClaimOnBoard} />
            </ErrorBoundary>
          )}
        </div>
        <ClipDialog open={dialog === 'clip'} tab={clipTab} dropped={dropped} attached={attached} onClose={closeDialog} onOpened={onClipAdded} />
        <ShortcutsDialog open={dialog === 'shortcuts'} onClose={closeDialog} isMac={isMac} />
        <ExportBriefDialog
          open={dialog === 'brief'}
          onClose={closeDialog}
          onOpenSettings={() => setSettingsOpen(true)}
          openClip={openClip}
          storyId={briefRequest && 'storyId' in briefRequest ? briefRequest.storyId : storyId}
          claimIds={briefRequest ? ('claimIds' in briefRequest ? briefRequest.claimIds : []) : view === 'board' && boardClaimId ? [boardClaimId] : []}
        />
        <SearchPalette open={dialog === 'search'} onClose={closeDialog} onOpen={openSearchResult} isMac={isMac} />
        <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
        {dragging && (
          <div className="drop-hint" aria-hidden="true">
            Drop the file to clip it
          </div>
        )}
      </div>
    </ExportBriefRequestProvider>
  );
}
