import path from 'node:path';
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { ThemeChoice } from './desktop-prefs';

/**
 * The application menu, as data: every item that does something calls one of `MenuActions`, so a
 * test can walk the template, check each accelerator and click each item. No reload or developer
 * tools: a reload would drop unsaved UI state, and developer tools are not a reporter's business.
 */

export interface MenuActions {
  newClip(): void;
  importFile(): void;
  pasteArticle(): void;
  exportBrief(): void;
  openNotebook(): void;
  openRecent(dir: string): void;
  clearRecent(): void;
  revealNotebook(): void;
  backup(): void;
  setTheme(theme: ThemeChoice): void;
  showShortcuts(): void;
  openLogs(): void;
  about(): void;
}

export interface MenuState {
  platform: NodeJS.Platform;
  recentNotebooks: readonly string[];
  theme: ThemeChoice;
  /** The open notebook, which Open Recent leaves out. */
  currentNotebook: string | null;
}

/**
 * Accelerators, kept clear of the desk's own keys (Ctrl/Cmd+F find, +K search, +Z undo, +Enter mark):
 * +N is the desk's New clip too, so the menu and the page agree on what it does.
 */
export const ACCELERATORS = {
  newClip: 'CmdOrCtrl+N',
  importFile: 'CmdOrCtrl+O',
  pasteArticle: 'CmdOrCtrl+Shift+N',
  exportBrief: 'CmdOrCtrl+E',
  openNotebook: 'CmdOrCtrl+Shift+O',
  backup: 'CmdOrCtrl+Shift+B',
  showShortcuts: 'CmdOrCtrl+/',
} as const;

const THEME_LABELS: Record<ThemeChoice, string> = { system: 'Match System', light: 'Light', dark: 'Dark' };

function recentMenu(actions: MenuActions, state: MenuState): MenuItemConstructorOptions[] {
  const others = state.recentNotebooks.filter((dir) => dir !== state.currentNotebook);
  if (others.length === 0) return [{ label: 'No other notebooks yet', enabled: false }];
  return [
    ...others.map((dir): MenuItemConstructorOptions => ({ label: `${path.basename(dir)} — ${dir}`, click: () => actions.openRecent(dir) })),
    { type: 'separator' },
    { label: 'Clear Recent', click: () => actions.clearRecent() },
  ];
}

export function buildMenuTemplate(actions: MenuActions, state: MenuState): MenuItemConstructorOptions[] {
  const isMac = state.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'New Clip…', accelerator: ACCELERATORS.newClip, click: () => actions.newClip() },
      { label: 'Import File…', accelerator: ACCELERATORS.importFile, click: () => actions.importFile() },
      { label: 'Paste Article…', accelerator: ACCELERATORS.pasteArticle, click: () => actions.pasteArticle() },
      { type: 'separator' },
      { label: 'Export Brief…', accelerator: ACCELERATORS.exportBrief, click: () => actions.exportBrief() },
      { type: 'separator' },
      { label: 'Open Notebook…', accelerator: ACCELERATORS.openNotebook, click: () => actions.openNotebook() },
      { label: 'Open Recent', submenu: recentMenu(actions, state) },
      { label: isMac ? 'Reveal Notebook in Finder' : 'Show Notebook Folder', click: () => actions.revealNotebook() },
      { label: 'Back Up Notebook…', accelerator: ACCELERATORS.backup, click: () => actions.backup() },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit Newsroom Notebook' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      {
        label: 'Theme',
        submenu: (Object.keys(THEME_LABELS) as ThemeChoice[]).map((theme) => ({
          label: THEME_LABELS[theme],
          type: 'radio',
          checked: state.theme === theme,
          click: () => actions.setTheme(theme),
        })),
      },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'Keyboard Shortcuts', accelerator: ACCELERATORS.showShortcuts, click: () => actions.showShortcuts() },
      { label: 'Open Logs Folder', click: () => actions.openLogs() },
      { type: 'separator' },
      { label: 'About Newsroom Notebook', click: () => actions.about() },
    ],
  };
  const template = [file, { role: 'editMenu' } as MenuItemConstructorOptions, view, help];
  return isMac ? [{ role: 'appMenu' }, ...template] : template;
}

export function installMenu(actions: MenuActions, state: MenuState): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions, state)));
}
