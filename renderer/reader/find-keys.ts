import type { KeyLike } from '../keyboard/shortcuts';

/**
 * The keys of Find in clip, as pure functions so they can be tested and listed. They follow the
 * browser's find-in-page, which every reporter already knows: Ctrl/Cmd+F (or /) opens it, Enter and
 * F3 go forward, Shift goes back, Esc closes. Ctrl/Cmd+Enter marks the match as a claim: Enter alone
 * must stay "next match", and a letter would be typed into the search.
 */

export type FindWindowAction = 'open-find' | 'next-match' | 'previous-match';
export type FindInputAction = 'next-match' | 'previous-match' | 'mark-match' | 'close-find';

/** A key pressed anywhere on the reader's desk. `/` only counts outside text fields, where it is not typed. */
export function matchFindWindowKey(event: KeyLike, isMac: boolean, typing: boolean): FindWindowAction | null {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  const otherMod = isMac ? event.ctrlKey : event.metaKey;
  if (mod && !otherMod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') return 'open-find';
  if (event.key === 'F3' && !event.ctrlKey && !event.metaKey && !event.altKey) return event.shiftKey ? 'previous-match' : 'next-match';
  if (!typing && event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey) return 'open-find';
  return null;
}

/** A key pressed in the find bar's search field. */
export function matchFindInputKey(event: KeyLike, isMac: boolean): FindInputAction | null {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (event.key === 'Escape') return 'close-find';
  if (event.key !== 'Enter' || event.altKey) return null;
  if (mod) return 'mark-match';
  if (event.ctrlKey || event.metaKey) return null;
  return event.shiftKey ? 'previous-match' : 'next-match';
}
