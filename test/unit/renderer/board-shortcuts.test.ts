import { describe, expect, it } from 'vitest';
import { matchShortcut, shortcutDocs } from '../../../renderer/keyboard/shortcuts';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; code: string }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('view and undo shortcuts', () => {
  it('switches views with Alt+1..4 by physical key, so a Mac’s Option+digit symbol still works', () => {
    expect(matchShortcut(press('1', { altKey: true, code: 'Digit1' }), false, false)).toBe('view-library');
    expect(matchShortcut(press('2', { altKey: true, code: 'Digit2' }), false, false)).toBe('view-board');
    expect(matchShortcut(press('£', { altKey: true, code: 'Digit3' }), true, false)).toBe('view-sources');
    expect(matchShortcut(press('¢', { altKey: true, code: 'Digit4' }), true, false)).toBe('view-trash');
    expect(matchShortcut(press('5', { altKey: true, code: 'Digit5' }), false, false)).toBeNull();
    expect(matchShortcut(press('2', { code: 'Digit2' }), false, false)).toBeNull();
  });

  it('does not switch views while the reporter types (Option+digit types a character on a Mac)', () => {
    expect(matchShortcut(press('™', { altKey: true, code: 'Digit2' }), true, true)).toBeNull();
  });

  it('undoes with Ctrl+Z, or Cmd+Z on a Mac, but leaves a text field its own undo', () => {
    expect(matchShortcut(press('z', { ctrlKey: true }), false, false)).toBe('undo');
    expect(matchShortcut(press('z', { metaKey: true }), true, false)).toBe('undo');
    expect(matchShortcut(press('z', { ctrlKey: true }), false, true)).toBeNull();
    expect(matchShortcut(press('z', { ctrlKey: true }), true, false)).toBeNull();
    expect(matchShortcut(press('Z', { ctrlKey: true, shiftKey: true }), false, false)).toBeNull();
  });

  it('lists every new shortcut in the Help dialog', () => {
    const keys = shortcutDocs(false).flatMap((doc) => doc.keys);
    expect(keys).toEqual(expect.arrayContaining(['Alt+1', 'Alt+2', 'Alt+3', 'Alt+4', 'Ctrl+Z', 'Shift+←']));
    expect(shortcutDocs(true).flatMap((doc) => doc.keys)).toEqual(expect.arrayContaining(['⌥+2', '⌘+Z']));
  });
});
