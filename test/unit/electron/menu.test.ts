import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ACCELERATORS, buildMenuTemplate, installMenu, type MenuActions, type MenuState } from '../../../main/electron/menu';
import { Menu, resetFakeElectron } from '../../support/fake-electron';

beforeEach(() => resetFakeElectron());

function fakeActions(): MenuActions & Record<string, ReturnType<typeof vi.fn>> {
  const names = ['newClip', 'importFile', 'pasteArticle', 'exportBrief', 'openNotebook', 'openRecent', 'clearRecent', 'revealNotebook', 'backup', 'setTheme', 'showShortcuts', 'openLogs', 'about'];
  return Object.fromEntries(names.map((name) => [name, vi.fn()])) as never;
}

const state: MenuState = { platform: 'linux', recentNotebooks: ['/n/desk', '/n/election', '/n/budget'], theme: 'dark', currentNotebook: '/n/desk' };

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}
function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items(template).find((item) => item.label === label);
  if (!found) throw new Error(`no menu item "${label}"`);
  return found;
}
const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('the application menu', () => {
  it('has File, Edit, View and Help, with zoom but no reload or developer tools', () => {
    const template = buildMenuTemplate(fakeActions(), state);
    expect(template.map((item) => item.label ?? item.role)).toEqual(['File', 'editMenu', 'View', 'help']);
    const roles = items(template).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'quit']));
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) expect(roles).not.toContain(role);
  });

  it('wires each File and Help item, with its accelerator, to its action', () => {
    const actions = fakeActions();
    const template = buildMenuTemplate(actions, state);
    const wired: Array<[label: string, action: keyof MenuActions, accelerator: string | undefined]> = [
      ['New Clip…', 'newClip', ACCELERATORS.newClip],
      ['Import File…', 'importFile', ACCELERATORS.importFile],
      ['Paste Article…', 'pasteArticle', ACCELERATORS.pasteArticle],
      ['Export Brief…', 'exportBrief', ACCELERATORS.exportBrief],
      ['Open Notebook…', 'openNotebook', ACCELERATORS.openNotebook],
      ['Show Notebook Folder', 'revealNotebook', undefined],
      ['Back Up Notebook…', 'backup', ACCELERATORS.backup],
      ['Keyboard Shortcuts', 'showShortcuts', ACCELERATORS.showShortcuts],
      ['Open Logs Folder', 'openLogs', undefined],
      ['About Newsroom Notebook', 'about', undefined],
    ];
    for (const [label, action, accelerator] of wired) {
      const item = find(template, label);
      expect(item.accelerator, label).toBe(accelerator);
      click(item);
      expect(actions[action], label).toHaveBeenCalledTimes(1);
    }
    // No two items share a key, and none takes the desk's own Find, Search, Undo or Mark keys.
    const keys = items(template).flatMap((item) => (item.accelerator ? [String(item.accelerator)] : []));
    expect(new Set(keys).size).toBe(keys.length);
    for (const taken of ['CmdOrCtrl+F', 'CmdOrCtrl+K', 'CmdOrCtrl+Z', 'CmdOrCtrl+Enter']) expect(keys).not.toContain(taken);
  });

  it('lists the other recent notebooks under Open Recent, and opens the one chosen', () => {
    const actions = fakeActions();
    const recent = find(buildMenuTemplate(actions, state), 'Open Recent').submenu as MenuItemConstructorOptions[];
    expect(recent.map((item) => item.label ?? item.type)).toEqual(['election — /n/election', 'budget — /n/budget', 'separator', 'Clear Recent']);
    click(recent[1] as MenuItemConstructorOptions);
    expect(actions.openRecent).toHaveBeenCalledWith('/n/budget');
    const none = find(buildMenuTemplate(actions, { ...state, recentNotebooks: ['/n/desk'] }), 'Open Recent').submenu as MenuItemConstructorOptions[];
    expect(none).toEqual([{ label: 'No other notebooks yet', enabled: false }]);
  });

  it('offers System, Light and Dark themes with the current one ticked', () => {
    const actions = fakeActions();
    const themes = find(buildMenuTemplate(actions, state), 'Theme').submenu as MenuItemConstructorOptions[];
    expect(themes.map((item) => [item.label, item.type, item.checked])).toEqual([
      ['Match System', 'radio', false],
      ['Light', 'radio', false],
      ['Dark', 'radio', true],
    ]);
    click(themes[1] as MenuItemConstructorOptions);
    expect(actions.setTheme).toHaveBeenCalledWith('light');
  });

  it('starts with the app menu on macOS, where File ends with Close', () => {
    const template = buildMenuTemplate(fakeActions(), { ...state, platform: 'darwin' });
    expect(template[0]?.role).toBe('appMenu');
    expect(find(template, 'Reveal Notebook in Finder')).toBeDefined();
  });

  it('is installed as the application menu', () => {
    installMenu(fakeActions(), state);
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect((Menu.current?.template[0] as MenuItemConstructorOptions).label).toBe('File');
  });
});
