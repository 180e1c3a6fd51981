import { useSyncExternalStore } from 'react';

/**
 * Which suggestion the reporter is pointing at in the claims panel, so the reader can outline its
 * sentence. The panel and the reader are siblings in the desk; a tiny store keeps the desk out of it.
 */
export interface FocusedSuggestion {
  clipId: string;
  key: string;
  start: number;
  end: number;
  /** Focused from the keyboard: the reader scrolls the sentence into view. A mouse hover only outlines it. */
  reveal: boolean;
}

let current: FocusedSuggestion | null = null;
const listeners = new Set<() => void>();

export function setFocusedSuggestion(next: FocusedSuggestion | null): void {
  if (next === current || (next && current && next.clipId === current.clipId && next.key === current.key && next.reveal === current.reveal)) return;
  current = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useFocusedSuggestion(clipId: string | null): FocusedSuggestion | null {
  const focused = useSyncExternalStore(subscribe, () => current, () => null);
  return focused && focused.clipId === clipId ? focused : null;
}
