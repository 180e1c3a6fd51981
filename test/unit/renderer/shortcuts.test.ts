import { describe, expect, it } from 'vitest';
import { isMacPlatform, isTypingTarget, matchShortcut, shortcutDocs } from '../../../renderer/keyboard/shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('matchShortcut', () => {
  it('maps j, k and ? outside text fields', () => {
    expect(matchShortcut(key('j'), false, false)).toBe('next-clip');
    expect(matchShortcut(key('k'), false, false)).toBe('previous-clip');
    expect(matchShortcut(key('?'), false, false)).toBe('show-shortcuts');
  });

  it('leaves single letters alone while the reporter is typing', () => {
    expect(matchShortcut(key('j'), false, true)).toBeNull();
    expect(matchShortcut(key('?'), false, true)).toBeNull();
  });

  it('takes Ctrl+K on Windows/Linux and Cmd+K on a Mac, even in a text field', () => {
    expect(matchShortcut(key('k', { ctrlKey: true }), false, true)).toBe('focus-search');
    expect(matchShortcut(key('K', { metaKey: true }), true, false)).toBe('focus-search');
    expect(matchShortcut(key('k', { metaKey: true }), false, false)).toBeNull();
  });

  it('does not steal browser and system shortcuts built on other modifiers', () => {
    expect(matchShortcut(key('j', { ctrlKey: true }), false, false)).toBeNull();
    expect(matchShortcut(key('k', { altKey: true }), false, false)).toBeNull();
  });
});

describe('helpers', () => {
  it('knows which elements take typing', () => {
    expect(isTypingTarget({ tagName: 'input' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('lists the modifier the reporter’s platform uses', () => {
    expect(isMacPlatform('MacIntel')).toBe(true);
    expect(isMacPlatform('Linux x86_64')).toBe(false);
    expect(shortcutDocs(true)[0]!.keys).toEqual(['⌘+K']);
    expect(shortcutDocs(false)[0]!.keys).toEqual(['Ctrl+K']);
  });
});
