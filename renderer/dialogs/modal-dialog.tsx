import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  open: boolean;
  onClose: () => void;
  title: string;
  /** One sentence under the title, read out with it. */
  description?: string;
  children: ReactNode;
}

/**
 * A modal dialog on the platform's own <dialog>: showModal() makes the rest of the page inert, traps
 * focus, closes on Esc and sits in the top layer. It needs no injected styles, so it works under the
 * app's strict CSP where dialog libraries that inject <style> tags are blocked. Focus returns to the
 * control that opened it. Mark the control that should get focus first with `data-autofocus`.
 */
export function ModalDialog({ open, onClose, title, description, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // showModal() focuses the first focusable control (the Close button); a dialog that has a field
    // to fill marks it with data-autofocus so typing can start at once.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <div className="modal-body">
          <header className="modal-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="button button-quiet" onClick={onClose} aria-label={`Close ${title}`}>
              Close
            </button>
          </header>
          {description && (
            <p id={descriptionId} className="modal-description">
              {description}
            </p>
          )}
          {children}
        </div>
      )}
    </dialog>
  );
}
