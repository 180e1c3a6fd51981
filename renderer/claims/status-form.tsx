import { useId, useState, type FormEvent } from 'react';
import type { Claim } from '../../shared/domain/entities';
import { STATUS_LABELS, STATUSES, isFinal, type EvidenceCounts, type Status } from '../../shared/domain/status';
import { blockedMoveReason } from '../board/board-moves';
import { errorMessage } from '../client/call';
import { useChangeStatus } from '../undo/use-undoable-actions';

/**
 * Move a claim's status, with the rationale the rules ask for. The server decides; when it refuses
 * (verified without a supporting source, say) its message is shown here, next to the form. A move the
 * evidence does not allow yet is explained as soon as it is chosen, not just refused on sending.
 * The change can be undone (Ctrl/Cmd+Z or the toast).
 */
export function StatusForm({ claim, counts }: { claim: Claim; counts?: EvidenceCounts }) {
  const choices = STATUSES.filter((s) => s !== claim.status);
  // The usual next step: start checking an unverified claim; otherwise the first other status.
  const [to, setTo] = useState<Status>(choices.includes('in_progress') ? 'in_progress' : choices[0]!);
  const [rationale, setRationale] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const setStatus = useChangeStatus();
  const selectId = useId();
  const rationaleId = useId();
  const hintId = useId();
  const errorId = useId();
  const needsRationale = isFinal(to) || isFinal(claim.status);
  const blocked = counts ? blockedMoveReason(claim.status, to, counts) : null;
  const blockedId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setDone(null);
    setStatus.change(claim, to, rationale).then(
      (updated) => {
        setRationale('');
        setDone(`Marked ${STATUS_LABELS[updated.status].toLowerCase()}.`);
      },
      (error: unknown) => setProblem(errorMessage(error)),
    );
  };

  return (
    <form className="form status-form" onSubmit={submit} aria-label="Change status">
      <div className="field">
        <label htmlFor={selectId}>New status</label>
        <select id={selectId} value={to} onChange={(e) => setTo(e.target.value as Status)} aria-describedby={blocked ? blockedId : undefined}>
          {choices.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        {blocked && (
          <p id={blockedId} className="move-blocked-hint">
            {blocked}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={rationaleId}>Rationale{needsRationale ? '' : ' (optional)'}</label>
        <textarea
          id={rationaleId}
          rows={3}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
          aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
          aria-invalid={problem ? true : undefined}
        />
        <p id={hintId} className="hint">
          {needsRationale ? 'Say how you reached the verdict, or what changed.' : 'A note for the claim’s history.'}
        </p>
      </div>
      {problem && (
        <p id={errorId} role="alert" className="form-error">
          {problem}
        </p>
      )}
      {done && (
        <p role="status" className="form-done">
          {done}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={setStatus.isPending}>
          {setStatus.isPending ? 'Saving…' : 'Change status'}
        </button>
      </div>
    </form>
  );
}
