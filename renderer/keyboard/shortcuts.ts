/**
 * The desk's keyboard shortcuts, as data: the Help dialog lists this table and the key handler
 * matches against it, so the list a reporter reads is the list that works.
 */
export type ShortcutAction = 'focus-search' | 'next-clip' | 'previous-clip' | 'show-shortcuts';

export interface ShortcutDoc {
  keys: string[];
  description: string;
}

export function shortcutDocs(isMac: boolean): ShortcutDoc[] {
  const mod = isMac ? '⌘' : 'Ctrl';
  return [
    { keys: [`${mod}+K`], description: 'Go to search (search arrives in a later version)' },
    { keys: ['j', '↓'], description: 'Next clip in the library (arrow keys when the library has focus)' },
    { keys: ['k', '↑'], description: 'Previous clip in the library' },
    { keys: ['Home', 'End'], description: 'First or last clip, when the library has focus' },
    { keys: ['?'], description: 'Show these keyboard shortcuts' },
    { keys: ['Tab', 'Shift+Tab'], description: 'Move between panes, buttons and fields' },
    { keys: ['Esc'], description: 'Close a dialog' },
  ];
}

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** True when keys typed here are text, so single-letter shortcuts must stay out of the way. */
export function isTypingTarget(target: { tagName?: string; isContentEditable?: boolean } | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** Which shortcut a key press means, if any. Ctrl/Cmd+K works everywhere; letters only outside text fields. */
export function matchShortcut(event: KeyLike, isMac: boolean, typing: boolean): ShortcutAction | null {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (mod && !event.altKey && event.key.toLowerCase() === 'k') return 'focus-search';
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'j') return 'next-clip';
  if (event.key === 'k') return 'previous-clip';
  if (event.key === '?') return 'show-shortcuts';
  return null;
}

export function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad/i.test(platform);
}
