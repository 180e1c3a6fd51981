import { useEffect, useId, useRef } from 'react';
import { progressView } from './clip-progress';
import type { ClipPhase } from './use-clip-job';

interface Props {
  phase: ClipPhase;
  errorId: string;
  onCancel: () => void;
  onNewVersion: () => void;
  /** The id of a line saying what is being clipped (a job main started), read out with Cancel. */
  subjectId?: string;
}

const STAGE_NAMES = { fetch: 'Fetching', extract: 'Extracting', images: 'Images', save: 'Saving' } as const;

/**
 * Where the capture stands, under the form: a progress bar with the stage and a Cancel button while
 * it runs; the server's own message when it failed; what happened with a duplicate.
 */
export function ClipStatus({ phase, errorId, onCancel, onNewVersion, subjectId }: Props) {
  const labelId = useId();
  const cancelButton = useRef<HTMLButtonElement>(null);
  const busy = phase.kind === 'running' || phase.kind === 'reading';
  useEffect(() => {
    if (!busy) return;
    // Starting a capture disables the control that had focus (the Clip button, the file field), and a job
    // main started opens the dialog with nothing to type: Cancel is then the one thing to do, so focus goes
    // there rather than being lost to the page. A field that stays usable (the address, read-only) keeps it.
    const active = document.activeElement;
    if (!active || active === document.body || active.matches(':disabled')) cancelButton.current?.focus();
  }, [busy]);
  if (phase.kind === 'failed') {
    return (
      <p id={errorId} role="alert" className="form-error">
        {phase.message}
      </p>
    );
  }
  if (phase.kind === 'cancelled') {
    return (
      <p role="status" className="clip-note">
        Cancelled. Nothing was saved.
      </p>
    );
  }
  if (phase.kind === 'duplicate') {
    return (
      <div className="clip-duplicate">
        <p role="status" className="clip-note">
          Already in your notebook — opened it: “{phase.clip.title}”.
        </p>
        {phase.request && (
          <button type="button" className="button" onClick={onNewVersion}>
            Clip as a new version
          </button>
        )}
      </div>
    );
  }
  if (phase.kind !== 'running' && phase.kind !== 'reading') return <p role="status" className="visually-hidden" />;

  const view = phase.kind === 'reading' ? { label: 'Reading the file…', percent: null } : progressView(phase.progress);
  const label = phase.kind === 'running' && phase.cancelling ? 'Cancelling…' : view.label;
  const stage = phase.kind === 'running' && phase.progress ? STAGE_NAMES[phase.progress.stage] : 'Starting';
  return (
    <div className="clip-progress">
      <p id={labelId} className="clip-progress-label">
        {label}
      </p>
      {/* Stage changes are announced; the byte counts ticking under them are not. */}
      <p role="status" className="visually-hidden">
        {stage}
      </p>
      <div
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={view.percent ?? undefined}
        aria-valuetext={label}
        className={view.percent === null ? 'clip-progress-bar clip-progress-busy' : 'clip-progress-bar'}
      >
        <div className="clip-progress-fill" style={view.percent === null ? undefined : { width: `${view.percent}%` }} />
      </div>
      <button
        ref={cancelButton}
        type="button"
        className="button"
        onClick={onCancel}
        disabled={phase.kind === 'running' && phase.cancelling}
        aria-describedby={subjectId ? `${subjectId} ${labelId}` : labelId}
      >
        Cancel
      </button>
    </div>
  );
}
