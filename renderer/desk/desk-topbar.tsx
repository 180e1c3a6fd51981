import type { DeskDialogs } from './use-desk-dialogs';

/**
 * The top bar: the app's name, the open notebook's folder, and the desk's actions, each announcing
 * its shortcut (aria-keyshortcuts) so the way to it without a mouse is known.
 */
export function DeskTopbar({ notebookPath, isMac, dialogs }: { notebookPath: string | undefined; isMac: boolean; dialogs: DeskDialogs }) {
  const mod = isMac ? 'Meta' : 'Control';
  return (
    <header className="topbar">
      <h1 className="app-name">Newsroom Notebook</h1>
      {notebookPath !== undefined && (
        <span className="notebook-path" title={notebookPath}>
          {notebookPath}
        </span>
      )}
      <div className="topbar-actions">
        <button type="button" className="button button-primary" onClick={() => dialogs.openClip('url')} aria-keyshortcuts={`${mod}+N`}>
          New clip
        </button>
        <button type="button" className="button" onClick={() => dialogs.openClip('paste')}>
          Paste text
        </button>
        <button type="button" className="button" onClick={() => dialogs.open('search')} aria-keyshortcuts={`${mod}+K`}>
          Search
        </button>
        <button type="button" className="button" onClick={() => dialogs.open('brief')} aria-keyshortcuts={`${mod}+E`}>
          Export brief
        </button>
        <button type="button" className="button" onClick={() => dialogs.open('shortcuts')} aria-keyshortcuts="?">
          Help: keyboard shortcuts
        </button>
        <button type="button" className="button" onClick={dialogs.openSettings}>
          Settings
        </button>
      </div>
    </header>
  );
}
