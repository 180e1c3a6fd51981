import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../main/electron/menu';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [item.role ?? item.label ?? '', ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);
}

describe('the application menu', () => {
  it('has File, Edit, View and Help, with zoom but no reload or developer tools', () => {
    const template = buildMenuTemplate('linux');
    expect(template.map((item) => item.label ?? item.role)).toEqual(['File', 'editMenu', 'View', 'help']);
    const all = roles(template);
    expect(all).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'quit']));
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) expect(all).not.toContain(role);
  });

  it('starts with the app menu on macOS', () => {
    expect(buildMenuTemplate('darwin')[0]?.role).toBe('appMenu');
  });
});
