import { useId, useState, type FormEvent } from 'react';
import type { Claim } from '../../shared/domain/entities';
import { STATUS_LABELS, STATUSES, type EvidenceCounts, type Status } from '../../shared/domain/status';
import { errorMessage } from '../client/call';
import { claimWords } from '../claims/claim-order';
import { ModalDialog } from '../dialogs/modal-dialog';
import { useChangeStatus } from '../undo/use-undoable-actions';
import { blockedMoveReason, needsRationale } from './board-moves';
import { FormFooter } from '../app/form-footer';

interface Props {
  claim: Claim;
  /** The claim's evidence by stance, when known, to explain a blocked move before it is sent. */
  counts: EvidenceCounts | undefined;
  initialTo: Status | null;
  onClose: () => void;
  onMoved: (claim: Claim) => void;
  /** Opens the claim in the right pane, where sources are linked. */
  onOpenClaim: () => void;
}

/**
 * "Move to…": the keyboard path for a card, and where a drag lands when the move needs a rationale
 * or cannot happen yet. A blocked move says what to do ("Add a supporting source…") rather than
 * greying out the column; sending anyway shows the notebook's own refusal.
 */
export function MoveClaimDialog({ claim, counts, initialTo, onClose, onMoved, onOpenClaim }: Props) {
  const choices = STATUSES.filter((s) => s !== claim.status);
  const [to, setTo] = useState<Status>(initialTo && initialTo !== claim.status ? initialTo : choices[0]!);
  const [rationale, setRationale] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { change, isPending } = useChangeStatus();
  const selectId = useId();
  const rationaleId = useId();
  const blockedId = useId();
  const errorId = useId();
  const blocked = counts ? blockedMoveReason(claim.status, to, counts) : null;
  const asksRationale = needsRationale(claim.status, to);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    change(claim, to, rationale).then(onMoved, (error: unknown) => setProblem(errorMessage(error)));
  };

  return (
    <ModalDialog open onClose={onClose} title="Move claim" description={`“${claimWords(claim)}”`}>
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={selectId}>Move to</label>
          <select
            id={selectId}
            value={to}
            onChange={(e) => setTo(e.target.value as Status)}
            aria-describedby={blocked ? blockedId : undefined}
            data-autofocus={asksRationale && !blocked ? undefined : true}
          >
            {choices.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        {blocked && (
          <div className="move-blocked" id={blockedId}>
            <p>{blocked}</p>
            <button type="button" className="button" onClick={onOpenClaim}>
              Open the claim
            </button>
          </div>
        )}
        <div className="field">
          <label htmlFor={rationaleId}>Rationale{asksRationale ? '' : ' (optional)'}</label>
          <textarea
            id={rationaleId}
            rows={3}
            value={rationale}
            onChange={(e) => setRationale(e.target.value)}
            aria-describedby={problem ? errorId : undefined}
            aria-invalid={problem ? true : undefined}
            data-autofocus={asksRationale && !blocked ? true : undefined}
          />
          <p className="hint">{asksRationale ? 'Say how you reached the verdict, or what changed.' : 'A note for the claim’s history.'}</p>
        </div>
        <FormFooter problem={problem} errorId={errorId} onCancel={onClose} busy={isPending} busyLabel="Moving…" submitLabel={`Move to ${STATUS_LABELS[to]}`} />
      </form>
    </ModalDialog>
  );
}
