import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { call } from '../client/call';
import { useRefreshNotebook } from '../client/queries';
import type { Caller } from './inverse-actions';
import { createUndoStack, type UndoEntry } from './undo-stack';
import { UndoToast, type ToastState } from './undo-toast';

export interface UndoApi {
  /** Remember a change just made, with its inverse, and offer "Undo" in a toast. */
  record: (entry: UndoEntry) => void;
  /** Undo the latest change (Ctrl/Cmd+Z, or the toast's button). */
  undoLast: () => Promise<void>;
  /** The notebook caller the inverse actions use. */
  call: Caller;
}

const UndoContext = createContext<UndoApi | null>(null);

/**
 * Holds the desk's undo stack and its toast. One per desk, so every view (reader, board, sources,
 * trash) undoes into the same history a reporter has in mind: the last thing they did.
 */
export function UndoProvider({ children }: { children: ReactNode }) {
  const [stack] = useState(() => createUndoStack());
  const [toast, setToast] = useState<ToastState | null>(null);
  const serial = useRef(0);
  const refresh = useRefreshNotebook();

  const record = useCallback(
    (entry: UndoEntry) => {
      stack.push(entry);
      serial.current += 1;
      setToast({ id: serial.current, message: entry.label, canUndo: true, failed: false });
    },
    [stack],
  );

  const undoLast = useCallback(async () => {
    const outcome = await stack.undoLast();
    if (outcome.kind === 'undone') await refresh();
    serial.current += 1;
    setToast({ id: serial.current, message: outcome.message, canUndo: false, failed: outcome.kind === 'failed' });
  }, [stack, refresh]);

  const dismiss = useCallback(() => setToast(null), []);
  const api = useMemo<UndoApi>(() => ({ record, undoLast, call }), [record, undoLast]);
  return (
    <UndoContext value={api}>
      {children}
      <UndoToast toast={toast} onUndo={() => void undoLast()} onDismiss={dismiss} />
    </UndoContext>
  );
}

export function useUndo(): UndoApi {
  const api = useContext(UndoContext);
  if (!api) throw new Error('useUndo needs an UndoProvider above it.');
  return api;
}
