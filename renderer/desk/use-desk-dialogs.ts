import { useState } from 'react';
import type { BriefRequest } from '../briefs/export-brief-request';
import type { AttachedJob, ClipTab, DroppedFile } from '../clip/clip-dialog';
import { noModalOpen } from './no-modal-open';

/** The desk's dialogs that take turns: at most one of them is open. */
export type DeskDialog = 'clip' | 'shortcuts' | 'search' | 'brief';

/**
 * Which of the desk's dialogs is open, and what it opened with: the Clip dialog's tab and the file
 * dropped or job attached to it, the scope a story or claim asked Export brief to start on. Settings
 * is kept apart, as it also opens over Export brief, which must stay as it was.
 */
export function useDeskDialogs() {
  const [dialog, setDialog] = useState<DeskDialog | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  /** The scope a story or the selected claim asked Export brief to start on; none when opened from the top bar. */
  const [briefRequest, setBriefRequest] = useState<BriefRequest | null>(null);
  const [clipTab, setClipTab] = useState<ClipTab>('url');
  const [dropped, setDropped] = useState<DroppedFile | null>(null);
  const [attached, setAttached] = useState<AttachedJob | null>(null);

  return {
    dialog,
    settingsOpen,
    briefRequest,
    clipTab,
    dropped,
    attached,
    /** True while no dialog of the desk is open, so its shortcuts may act. */
    idle: dialog === null && !settingsOpen,
    /** Opens shortcuts, search or Export brief (on whatever the desk has open). */
    open: (name: Exclude<DeskDialog, 'clip'>) => setDialog(name),
    /** The Clip dialog, fresh, on a tab. */
    openClip: (tab: ClipTab) => {
      setDropped(null);
      setAttached(null);
      setClipTab(tab);
      setDialog('clip');
    },
    /** A file dropped on the window: clipped at once, its progress shown in the Clip dialog. */
    clipDroppedFile: (file: File) => {
      setDropped({ file });
      setClipTab('file');
      setDialog('clip');
    },
    /** A clip main started: its progress replaces whatever the Clip dialog showed. */
    showClipJob: (jobId: string, label: string) => {
      const tab = /^https?:/.test(label) ? 'url' : 'file';
      setDropped(null);
      setAttached({ jobId, tab, label });
      setClipTab(tab);
      setDialog('clip');
    },
    /** Export brief on a story or claims, asked from a view; ignored while a view's modal dialog is open. */
    requestBrief: (request: BriefRequest) => {
      if (!noModalOpen()) return;
      setBriefRequest(request);
      setDialog('brief');
    },
    close: () => {
      setDropped(null);
      setAttached(null);
      setBriefRequest(null);
      setDialog(null);
    },
    openSettings: () => setSettingsOpen(true),
    closeSettings: () => setSettingsOpen(false),
  };
}

export type DeskDialogs = ReturnType<typeof useDeskDialogs>;
