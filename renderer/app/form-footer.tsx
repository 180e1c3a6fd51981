interface FormFooterProps {
  /** What went wrong, from the form's own checks or the server's message; announced when it appears. */
  problem: string | null;
  /** The id a field's aria-describedby points at, when a field refers to the problem. */
  errorId?: string | undefined;
  onCancel: () => void;
  submitLabel: string;
  /** Shown on the submit button while the action runs ("Saving…"). */
  busyLabel?: string | undefined;
  busy: boolean;
}

/**
 * The end of every form in the app: the problem, if any, then Cancel and the submit button, which is
 * disabled while the action runs so a double click cannot send it twice. One component, so every
 * form reads, announces errors and behaves the same.
 */
export function FormFooter({ problem, errorId, onCancel, submitLabel, busyLabel, busy }: FormFooterProps) {
  return (
    <>
      {problem && (
        <p id={errorId} role="alert" className="form-error">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy && busyLabel ? busyLabel : submitLabel}
        </button>
      </div>
    </>
  );
}
