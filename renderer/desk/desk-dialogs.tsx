import type { Clip } from '../../shared/domain/entities';
import { ExportBriefDialog } from '../briefs/export-brief-dialog';
import { ClipDialog } from '../clip/clip-dialog';
import { ShortcutsDialog } from '../dialogs/shortcuts-dialog';
import { SearchPalette, type OpenedResult } from '../search/search-palette';
import { SettingsDialog } from '../settings/settings-dialog';
import type { DeskDialogs as DeskDialogsState } from './use-desk-dialogs';

interface DeskDialogsProps {
  dialogs: DeskDialogsState;
  isMac: boolean;
  /** The open clip, one scope Export brief offers. */
  openClip: { id: string; title: string } | null;
  /** The story the desk filters on, and the claims selected in the view: Export brief's default scope. */
  storyId: string | null;
  selectedClaimIds: string[];
  onClipAdded: (clip: Clip, duplicate?: boolean) => void;
  onOpenResult: (result: OpenedResult) => void;
}

/**
 * The desk's dialogs, each open when useDeskDialogs says so. Export brief starts on the scope a story
 * or claim asked for, else on what the desk has open.
 */
export function DeskDialogs({ dialogs, isMac, openClip, storyId, selectedClaimIds, onClipAdded, onOpenResult }: DeskDialogsProps) {
  const { dialog, briefRequest, close } = dialogs;
  return (
    <>
      <ClipDialog open={dialog === 'clip'} tab={dialogs.clipTab} dropped={dialogs.dropped} attached={dialogs.attached} onClose={close} onOpened={onClipAdded} />
      <ShortcutsDialog open={dialog === 'shortcuts'} onClose={close} isMac={isMac} />
      <ExportBriefDialog
        open={dialog === 'brief'}
        onClose={close}
        onOpenSettings={dialogs.openSettings}
        openClip={openClip}
        storyId={briefRequest && 'storyId' in briefRequest ? briefRequest.storyId : storyId}
        claimIds={briefRequest ? ('claimIds' in briefRequest ? briefRequest.claimIds : []) : selectedClaimIds}
      />
      <SearchPalette open={dialog === 'search'} onClose={close} onOpen={onOpenResult} isMac={isMac} />
      <SettingsDialog open={dialogs.settingsOpen} onClose={dialogs.closeSettings} />
    </>
  );
}
