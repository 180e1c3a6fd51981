import { useId, useState, type FormEvent } from 'react';
import type { ClipTabProps as Props } from './clip-job';


/** Clip from the web: the main side fetches the page, never the renderer. */
export function UrlTab({ active, busy, errorId, onClip, onProblem }: Props) {
  const [url, setUrl] = useState('');
  const fieldId = useId();
  const hintId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = url.trim();
    if (!value) {
      onProblem('Type or paste the web address of the page to clip, starting with https://');
      return;
    }
    onClip({ kind: 'url', request: { url: value } });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={fieldId}>Web address</label>
        <input
          id={fieldId}
          type="url"
          inputMode="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://"
          autoComplete="off"
          spellCheck={false}
          readOnly={busy}
          {...(active ? { 'data-autofocus': true } : {})}
          aria-describedby={errorId ? `${hintId} ${errorId}` : hintId}
          aria-invalid={errorId ? true : undefined}
        />
        <p id={hintId} className="hint">
          The page is fetched by the notebook, with its images, and kept as it is now.
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
