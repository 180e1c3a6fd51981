/**
 * The desk's keyboard shortcuts, as data: the Help dialog lists this table and the key handler
 * matches against it, so the list a reporter reads is the list that works.
 */
export type ShortcutAction =
  | 'focus-search'
  | 'new-clip'
  | 'export-brief'
  | 'next-clip'
  | 'previous-clip'
  | 'show-shortcuts'
  | 'view-library'
  | 'view-board'
  | 'view-sources'
  | 'view-trash'
  | 'undo';

/** Alt+1..4 switch views; matched by the physical key, since Option+digit types a symbol on a Mac. */
const VIEW_KEYS: Record<string, ShortcutAction> = {
  Digit1: 'view-library',
  Digit2: 'view-board',
  Digit3: 'view-sources',
  Digit4: 'view-trash',
};

export interface ShortcutDoc {
  keys: string[];
  description: string;
}

export function shortcutDocs(isMac: boolean): ShortcutDoc[] {
  const mod = isMac ? '⌘' : 'Ctrl';
  const alt = isMac ? '⌥' : 'Alt';
  return [
    { keys: [`${mod}+K`], description: 'Search the notebook: clips, claims, sources and evidence (works in text fields too)' },
    { keys: ['↑', '↓'], description: 'In search: move through the results; Enter opens one at its passage, Esc closes search' },
    { keys: [`${mod}+N`], description: 'New clip: from a web address, a file or pasted text' },
    { keys: [`${mod}+E`], description: 'Export a brief of the open clip, the story shown or the chosen claim (works in text fields too)' },
    { keys: ['j', '↓'], description: 'Next clip in the library (arrow keys when the library has focus)' },
    { keys: ['k', '↑'], description: 'Previous clip in the library' },
    { keys: ['Home', 'End'], description: 'First or last clip, when the library has focus' },
    { keys: ['?'], description: 'Show these keyboard shortcuts' },
    { keys: ['C'], description: 'Mark the words selected in the reader as a claim' },
    { keys: [`${mod}+F`, '/'], description: 'Find in clip: search the open clip’s text (Esc closes the find bar)' },
    { keys: ['Enter', 'F3'], description: 'In Find in clip: go to the next match' },
    { keys: ['Shift+Enter', 'Shift+F3'], description: 'In Find in clip: go to the previous match' },
    { keys: [`${mod}+Enter`], description: 'In Find in clip: mark the current match as a claim' },
    { keys: [`${alt}+1`], description: 'Show the library and reader' },
    { keys: [`${alt}+2`], description: 'Show the claims board' },
    { keys: [`${alt}+3`], description: 'Show the sources library' },
    { keys: [`${alt}+4`], description: 'Show the trash' },
    { keys: ['Shift+←', 'Shift+→'], description: 'On the board: move the focused card to the previous or next column' },
    { keys: ['↑', '↓', 'PageUp', 'PageDown', 'Home', 'End'], description: 'In the sources list or a board column: move through the rows (the list loads them as you go)' },
    { keys: [`${mod}+Z`], description: 'Undo the last status change, link, unlink or delete (outside text fields)' },
    { keys: ['Tab', 'Shift+Tab'], description: 'Move between panes, buttons and fields' },
    { keys: ['Esc'], description: 'Close a dialog' },
  ];
}

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
  /** The physical key (KeyboardEvent.code), for shortcuts whose typed character varies by layout. */
  code?: string;
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
  if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'n') return 'new-clip';
  if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'e') return 'export-brief';
  // Ctrl/Cmd+Z in a text field is the field's own undo; elsewhere it undoes the last change to the notebook.
  if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'z') return typing ? null : 'undo';
  if (!typing && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code && VIEW_KEYS[event.code]) return VIEW_KEYS[event.code]!;
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'j') return 'next-clip';
  if (event.key === 'k') return 'previous-clip';
  if (event.key === '?') return 'show-shortcuts';
  return null;
}

export function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad/i.test(platform);
}
