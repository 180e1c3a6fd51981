import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Claim } from '../../shared/domain/entities';
import { errorMessage } from '../client/call';
import { useAddClaim } from '../client/queries';
import { ModalDialog } from '../dialogs/modal-dialog';
import { FormFooter } from '../app/form-footer';

interface Props {
  open: boolean;
  onClose: () => void;
  onAdded: (claim: Claim) => void;
}

/** A claim typed in without a clip: something said in an interview, a line from a press release. */
export function NewClaimDialog({ open, onClose, onAdded }: Props) {
  return (
    <ModalDialog
      open={open}
      onClose={onClose}
      title="New claim without a clip"
      description="For a claim heard in an interview or read in a press release you have not clipped. It starts unverified and is listed on the claims board."
    >
      {open && <NewClaimForm onClose={onClose} onAdded={onAdded} />}
    </ModalDialog>
  );
}

function NewClaimForm({ onClose, onAdded }: Omit<Props, 'open'>) {
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const addClaim = useAddClaim();
  const textId = useId();
  const noteId = useId();
  const hintId = useId();
  const errorId = useId();

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (text.trim() === '') {
      setProblem('Type the claim first: the statement you want to check, in the words it was made.');
      return;
    }
    setProblem(null);
    addClaim.mutate(
      { text: text.trim(), ...(note.trim() ? { note: note.trim() } : {}) },
      { onSuccess: (claim) => onAdded(claim), onError: (error) => setProblem(errorMessage(error)) },
    );
  };

  const submitOnModEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={textId}>Claim</label>
        <textarea
          id={textId}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={submitOnModEnter}
          rows={4}
          data-autofocus
          aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
          aria-invalid={problem ? true : undefined}
        />
        <p id={hintId} className="hint">
          The statement as it was made. Ctrl+Enter adds the claim.
        </p>
      </div>
      <div className="field">
        <label htmlFor={noteId}>Note (optional)</label>
        <textarea id={noteId} value={note} onChange={(e) => setNote(e.target.value)} onKeyDown={submitOnModEnter} rows={3} />
        <p className="hint">Who said it, where and when: “Minister, phone interview, 3 May”.</p>
      </div>
      <FormFooter problem={problem} errorId={errorId} onCancel={onClose} busy={addClaim.isPending} busyLabel="Adding…" submitLabel="Add claim" />
    </form>
  );
}
