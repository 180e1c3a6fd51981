import { useCallback, useState } from 'react';
import type { Clip } from '../../shared/domain/entities';
import { useAddSampleClip, useNotebookInfo, useStories } from '../client/queries';
import { ErrorBoundary } from '../app/error-boundary';
import { NoticesBanner } from '../app/notices-banner';
import type { BoardFilter } from '../board/board-filters';
import { ClaimsBoard } from '../board/claims-board';
import { ClaimsPanel } from '../claims/claims-panel';
import { useFileDrop } from '../clip/use-file-drop';
import { ExportBriefRequestProvider } from '../briefs/export-brief-request';
import { isMacPlatform } from '../keyboard/shortcuts';
import { LibraryPane } from '../library/library-pane';
import { EmptyState } from '../reader/empty-state';
import { ReaderPane, type FocusPassage } from '../reader/reader-pane';
import type { OpenedResult } from '../search/search-palette';
import { SourcePane, type SourceSelection } from '../sources/source-pane';
import { SourcesView } from '../sources/sources-view';
import { TrashView } from '../trash/trash-view';
import { UndoProvider, useUndo } from '../undo/undo-context';
import { BoardClaimPane } from './board-claim-pane';
import { DeskDialogs } from './desk-dialogs';
import { DeskTopbar } from './desk-topbar';
import type { DeskView } from './desk-views';
import { useDeskCommands } from './use-desk-commands';
import { useDeskDialogs } from './use-desk-dialogs';
import { useDeskView } from './use-desk-view';
import { useOpenClip } from './use-open-clip';
import { ViewSwitcher } from './view-switcher';
import '../styles/organise.css';

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
  const { view, setView, show, centre } = useDeskView();
  const toLibrary = useCallback(() => setView('library'), [setView]);
  const clips = useOpenClip(toLibrary);
  const { library, openClipId, openClipById } = clips;
  const [claimChoice, setClaimChoice] = useState<{ clipId: string; claimId: string } | null>(null);
  const selectedClaimId = claimChoice && claimChoice.clipId === openClipId ? claimChoice.claimId : null;
  const [boardClaimId, setBoardClaimId] = useState<string | null>(null);
  const [storyId, setStoryId] = useState<string | null>(null);
  const [boardFilter, setBoardFilter] = useState<Omit<BoardFilter, 'storyId'>>({});
  const [sourceSelection, setSourceSelection] = useState<SourceSelection>(null);
  /** The passage a search result opened at, marked in the reader while its clip is open. */
  const [passage, setPassage] = useState<(FocusPassage & { clipId: string }) | null>(null);
  const dialogs = useDeskDialogs();
  const addSample = useAddSampleClip();
  const stories = useStories();
  const story = (storyId && stories.data?.items.find((s) => s.id === storyId)) || null;

  const openClaimOnBoard = (claimId: string) => {
    setBoardClaimId(claimId);
    show('board');
  };
  const dragging = useFileDrop(dialogs.clipDroppedFile);
  useDeskCommands({ isMac, dialogs, show, move: clips.move, undoLast: undo.undoLast });

  // A duplicate is opened where it is, and the Clip dialog stays open to offer a new version.
  const onClipAdded = (clip: Clip, duplicate = false) => {
    if (duplicate) return openClipById(clip.id);
    dialogs.close();
    clips.openAdded(clip.id);
  };

  /** A search result opened (renderer/search/search-target.ts decides where it goes). */
  const openSearchResult = (result: OpenedResult) => {
    dialogs.close();
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

  return (
    <ExportBriefRequestProvider value={dialogs.requestBrief}>
      <div className="desk">
        <DeskTopbar notebookPath={info.data?.path} isMac={isMac} dialogs={dialogs} />
        {info.data && <NoticesBanner notices={info.data.notices} />}
        <div className={`panes panes-${view}`}>
          <ErrorBoundary area="the library">
            <LibraryPane
              library={library}
              selectedIndex={clips.openIndex}
              onSelect={clips.openRow}
              onMove={clips.move}
              onRangeChange={clips.onRangeChange}
              views={<ViewSwitcher view={view} onView={show} isMac={isMac} />}
              story={story}
              onStoryFilter={setStoryId}
              openClip={clips.openClip}
              onOpenClip={openClipById}
            />
          </ErrorBoundary>
          <main ref={centre} tabIndex={-1} className={`pane pane-${view === 'library' ? 'reader' : `view pane-${view}`}`} aria-label={CENTRE_LABELS[view]}>
            <ErrorBoundary area={`the ${CENTRE_LABELS[view].toLowerCase()}`}>
              {view === 'library' &&
                (clips.total === 0 ? (
                  <EmptyState
                    onAddSample={() => addSample.mutate(undefined, { onSuccess: (result) => onClipAdded(result.clip) })}
                    addingSample={addSample.isPending}
                    onPaste={() => dialogs.openClip('paste')}
                    onNewClip={() => dialogs.openClip('url')}
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
          {view === 'board' && <BoardClaimPane claimId={boardClaimId} onDeleted={() => setBoardClaimId(null)} />}
          {view === 'sources' && (
            <ErrorBoundary area="the source">
              <SourcePane selection={sourceSelection} onChange={setSourceSelection} onOpenClaim={openClaimOnBoard} />
            </ErrorBoundary>
          )}
        </div>
        <DeskDialogs
          dialogs={dialogs}
          isMac={isMac}
          openClip={clips.openClip}
          storyId={storyId}
          selectedClaimIds={view === 'board' && boardClaimId ? [boardClaimId] : []}
          onClipAdded={onClipAdded}
          onOpenResult={openSearchResult}
        />
        {dragging && (
          <div className="drop-hint" aria-hidden="true">
            Drop the file to clip it
          </div>
        )}
      </div>
    </ExportBriefRequestProvider>
  );
}
