import { useEffect } from 'react';

export interface ToastState {
  /** Changes with every toast, so the timer restarts for a new message. */
  id: number;
  message: string;
  canUndo: boolean;
  failed: boolean;
}

/** How long a toast stays; Ctrl/Cmd+Z keeps working after it has gone. */
const TOAST_MS = 10_000;

/**
 * "Marked verified · Undo". The live region is always in the page, so a screen reader announces each
 * new message (a region that appears with its text already inside is often not read).
 */
export function UndoToast({ toast, onUndo, onDismiss }: { toast: ToastState | null; onUndo: () => void; onDismiss: () => void }) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDismiss, TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, onDismiss]);

  return (
    <div className="undo-toast-region" role="status" aria-live="polite">
      {toast && (
        <div className={`undo-toast${toast.failed ? ' undo-toast-failed' : ''}`} key={toast.id}>
          <span className="undo-toast-message">{toast.message}</span>
          {toast.canUndo && (
            <>
              <span aria-hidden="true">·</span>
              <button type="button" className="button button-quiet undo-toast-button" onClick={onUndo} aria-keyshortcuts="Control+Z Meta+Z">
                Undo
              </button>
            </>
          )}
          <button type="button" className="button button-quiet" onClick={onDismiss} aria-label="Dismiss this message">
            ×
          </button>
        </div>
      )}
    </div>
  );
}
