import { useId, useState, type FormEvent } from 'react';
import type { Claim } from '../../shared/domain/entities';
import { errorMessage } from '../client/call';
import { useNotebookMutation } from '../client/queries';
import { FormFooter } from '../app/form-footer';

/**
 * Edit a claim's words and note. For a claim marked in a clip the words are the quote the anchor
 * points at, so only the note is editable there; a typed-in claim can be reworded.
 */
export function ClaimEditForm({ claim, onDone }: { claim: Claim; onDone: () => void }) {
  const anchored = claim.anchor !== null;
  const [text, setText] = useState(claim.text);
  const [note, setNote] = useState(claim.note ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const update = useNotebookMutation('updateClaim');
  const textId = useId();
  const noteId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    update.mutate(
      { id: claim.id, note, ...(anchored || text.trim() === claim.text ? {} : { text }) },
      { onSuccess: onDone, onError: (error) => setProblem(errorMessage(error)) },
    );
  };

  return (
    <form className="form claim-edit" onSubmit={submit} aria-label="Edit the claim">
      {!anchored && (
        <div className="field">
          <label htmlFor={textId}>Claim</label>
          <textarea id={textId} rows={3} value={text} onChange={(e) => setText(e.target.value)} required data-autofocus />
        </div>
      )}
      <div className="field">
        <label htmlFor={noteId}>Note</label>
        <textarea id={noteId} rows={3} value={note} onChange={(e) => setNote(e.target.value)} autoFocus={anchored} />
        {anchored && <p className="hint">The claim’s words are the quote marked in the clip; mark it again to change them.</p>}
      </div>
      <FormFooter problem={problem} onCancel={onDone} busy={update.isPending} busyLabel="Saving…" submitLabel="Save" />
    </form>
  );
}
