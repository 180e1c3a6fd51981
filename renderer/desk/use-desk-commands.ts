import { useAppCommands } from '../app/use-app-commands';
import type { DeskView } from './desk-views';
import { noModalOpen } from './no-modal-open';
import type { DeskDialogs } from './use-desk-dialogs';
import { useDeskShortcuts } from './use-desk-shortcuts';

/** What the desk's commands and shortcuts act on. */
export interface DeskCommandTargets {
  isMac: boolean;
  dialogs: DeskDialogs;
  /** Switches view and moves focus there. */
  show: (view: DeskView) => void;
  /** Opens the next (1) or previous (-1) clip of the library. */
  move: (delta: number) => void;
  undoLast: () => Promise<unknown>;
}

/**
 * The two ways the reporter commands the desk besides clicking: the desktop app's menu (File > New
 * clip, Import file…, Export Brief…, Help > Keyboard shortcuts…), which arrives as commands, and the
 * keyboard shortcuts (renderer/keyboard/shortcuts.ts), live while none of the desk's dialogs is open.
 */
export function useDeskCommands({ isMac, dialogs, show, move, undoLast }: DeskCommandTargets): void {
  useAppCommands((command) => {
    if (command.kind === 'show-clip-job') {
      dialogs.showClipJob(command.jobId, command.label);
      return;
    }
    if (!noModalOpen()) return;
    if (command.kind === 'new-clip') dialogs.openClip(command.tab);
    else if (command.kind === 'show-shortcuts') dialogs.open('shortcuts');
    else if (command.kind === 'export-brief') dialogs.open('brief');
  });

  useDeskShortcuts(
    isMac,
    {
      'new-clip': () => noModalOpen() && dialogs.openClip('url'),
      'focus-search': () => noModalOpen() && dialogs.open('search'),
      'export-brief': () => noModalOpen() && dialogs.open('brief'),
      'next-clip': () => move(1),
      'previous-clip': () => move(-1),
      'show-shortcuts': () => dialogs.open('shortcuts'),
      'view-library': () => noModalOpen() && show('library'),
      'view-board': () => noModalOpen() && show('board'),
      'view-sources': () => noModalOpen() && show('sources'),
      'view-trash': () => noModalOpen() && show('trash'),
      undo: () => {
        if (noModalOpen()) void undoLast();
      },
    },
    dialogs.idle,
  );
}
