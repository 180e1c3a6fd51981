import { app, Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * A small application menu: File, Edit, View (zoom only: a reload would drop unsaved UI state and
 * is not something a reporter needs), Help. Later issues add their own items here.
 */
export function buildMenuTemplate(platform: NodeJS.Platform = process.platform): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit', label: 'Quit Newsroom Notebook' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      role: 'help',
      submenu: [{ label: 'About Newsroom Notebook', click: () => app.showAboutPanel() }],
    },
  ];
  return isMac ? [{ role: 'appMenu' }, ...template] : template;
}

export function installMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate()));
}
