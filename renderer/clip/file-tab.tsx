import { useId, useRef, useState, type FormEvent } from 'react';
import { CLIP_FILE_ACCEPT, clipFileProblem } from './clip-file';
import type { ClipTabProps } from './clip-job';
import { formatKilobytes } from './clip-progress';

interface Props extends Omit<ClipTabProps, 'onClip'> {
  /** A file dropped on the window: shown here, and clipped at once by the dialog. */
  dropped: File | null;
  onClip: (file: File) => void;
}

/** Clip a document from disk: picked here, or dropped anywhere on the window. */
export function FileTab({ active, busy, errorId, dropped, onClip, onProblem }: Props) {
  const [picked, setPicked] = useState<File | null>(null);
  const [lastDropped, setLastDropped] = useState<File | null>(null);
  // A newly dropped file replaces whatever was picked before.
  if (dropped !== lastDropped) {
    setLastDropped(dropped);
    if (dropped) setPicked(dropped);
  }
  const input = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const hintId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!picked) {
      onProblem('Choose a file to clip first: a web page, text, a PDF or a Word document.');
      input.current?.focus();
      return;
    }
    const problem = clipFileProblem(picked.name, picked.size);
    if (problem) onProblem(problem);
    else onClip(picked);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={fieldId}>Document</label>
        <input
          ref={input}
          id={fieldId}
          type="file"
          accept={CLIP_FILE_ACCEPT}
          disabled={busy}
          {...(active ? { 'data-autofocus': true } : {})}
          onChange={(e) => {
            const file = e.target.files?.[0] ?? null;
            setPicked(file);
            const problem = file ? clipFileProblem(file.name, file.size) : null;
            if (problem) onProblem(problem);
          }}
          aria-describedby={errorId ? `${hintId} ${errorId}` : hintId}
          aria-invalid={errorId ? true : undefined}
        />
        <p id={hintId} className="hint">
          {picked ? `${picked.name}, ${formatKilobytes(picked.size)}. ` : ''}
          Web pages (.html), text (.txt, .md), PDFs and Word documents (.docx), up to 15 MB. You can also drop a file anywhere on the window.
        </p>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Clip
        </button>
      </div>
    </form>
  );
}
