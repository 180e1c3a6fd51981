import { describe, expect, it } from 'vitest';
import { matchShortcut, shortcutDocs } from '../../../renderer/keyboard/shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('New clip shortcut', () => {
  it('is Ctrl+N on Windows/Linux and Cmd+N on a Mac, even from a text field', () => {
    expect(matchShortcut(key('n', { ctrlKey: true }), false, false)).toBe('new-clip');
    expect(matchShortcut(key('n', { ctrlKey: true }), false, true)).toBe('new-clip');
    expect(matchShortcut(key('N', { metaKey: true }), true, false)).toBe('new-clip');
  });

  it('leaves a plain n, Ctrl+Shift+N (a private window) and the other platform’s modifier alone', () => {
    expect(matchShortcut(key('n'), false, false)).toBeNull();
    expect(matchShortcut(key('N', { ctrlKey: true, shiftKey: true }), false, false)).toBeNull();
    expect(matchShortcut(key('n', { metaKey: true }), false, false)).toBeNull();
  });

  it('is listed in the Help dialog with the platform’s modifier', () => {
    expect(shortcutDocs(false).some((d) => d.keys.includes('Ctrl+N') && /New clip/.test(d.description))).toBe(true);
    expect(shortcutDocs(true).some((d) => d.keys.includes('⌘+N'))).toBe(true);
  });
});
