import { describe, expect, it } from 'vitest';
import { matchFindInputKey, matchFindWindowKey } from '../../../renderer/reader/find-keys';
import { shortcutDocs } from '../../../renderer/keyboard/shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('matchFindWindowKey', () => {
  it('opens find with Ctrl+F, or Cmd+F on a Mac, even from a text field', () => {
    expect(matchFindWindowKey(key('f', { ctrlKey: true }), false, true)).toBe('open-find');
    expect(matchFindWindowKey(key('F', { metaKey: true }), true, false)).toBe('open-find');
    expect(matchFindWindowKey(key('f', { metaKey: true }), false, false)).toBeNull();
    expect(matchFindWindowKey(key('f', { ctrlKey: true }), true, false)).toBeNull();
    expect(matchFindWindowKey(key('f', { ctrlKey: true, shiftKey: true }), false, false)).toBeNull();
  });

  it('opens find with / only where / is not being typed', () => {
    expect(matchFindWindowKey(key('/'), false, false)).toBe('open-find');
    expect(matchFindWindowKey(key('/'), false, true)).toBeNull();
    expect(matchFindWindowKey(key('f'), false, false)).toBeNull();
  });

  it('moves with F3 and Shift+F3', () => {
    expect(matchFindWindowKey(key('F3'), false, true)).toBe('next-match');
    expect(matchFindWindowKey(key('F3', { shiftKey: true }), false, false)).toBe('previous-match');
    expect(matchFindWindowKey(key('F3', { ctrlKey: true }), false, false)).toBeNull();
  });
});

describe('matchFindInputKey', () => {
  it('goes forward on Enter, back on Shift+Enter, and marks on Ctrl/Cmd+Enter', () => {
    expect(matchFindInputKey(key('Enter'), false)).toBe('next-match');
    expect(matchFindInputKey(key('Enter', { shiftKey: true }), false)).toBe('previous-match');
    expect(matchFindInputKey(key('Enter', { ctrlKey: true }), false)).toBe('mark-match');
    expect(matchFindInputKey(key('Enter', { metaKey: true }), true)).toBe('mark-match');
    expect(matchFindInputKey(key('Enter', { metaKey: true }), false)).toBeNull();
    expect(matchFindInputKey(key('Enter', { altKey: true }), false)).toBeNull();
  });

  it('closes on Esc and leaves letters to the field', () => {
    expect(matchFindInputKey(key('Escape'), false)).toBe('close-find');
    expect(matchFindInputKey(key('c'), false)).toBeNull();
  });

  it('is listed in the shortcuts dialog with the platform’s modifier', () => {
    const keys = (isMac: boolean) => shortcutDocs(isMac).flatMap((d) => d.keys);
    expect(keys(false)).toEqual(expect.arrayContaining(['Ctrl+F', '/', 'F3', 'Shift+F3', 'Ctrl+Enter']));
    expect(keys(true)).toEqual(expect.arrayContaining(['⌘+F', '⌘+Enter']));
  });
});
