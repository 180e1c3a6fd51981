import { useEffect, useRef } from 'react';
import { isTypingTarget, matchShortcut, type ShortcutAction } from '../keyboard/shortcuts';

/**
 * Listens for the desk's shortcuts anywhere in the window. Handlers are read through a ref, so the
 * listener is attached once and always calls the latest ones.
 */
export function useDeskShortcuts(isMac: boolean, handlers: Record<ShortcutAction, () => void>, enabled: boolean) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const action = matchShortcut(event, isMac, isTypingTarget(target));
      if (!action) return;
      event.preventDefault();
      latest.current[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isMac, enabled]);
}
