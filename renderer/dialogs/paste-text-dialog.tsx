import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Clip } from '../../shared/domain/entities';
import { errorMessage } from '../client/call';
import { useAddTextClip } from '../client/queries';
import { ModalDialog } from './modal-dialog';

interface Props {
  open: boolean;
  onClose: () => void;
  onAdded: (clip: Clip, duplicate: boolean) => void;
}

/** Paste text: a clip from text copied anywhere (an email, a press release, a transcript). */
export function PasteTextDialog({ open, onClose, onAdded }: Props) {
  return (
    <ModalDialog open={open} onClose={onClose} title="Paste text" description="Add text you copied as a new clip. It is stored as it is now and never changes.">
      {open && <PasteTextForm onClose={onClose} onAdded={onAdded} />}
    </ModalDialog>
  );
}

function PasteTextForm({ onClose, onAdded }: Omit<Props, 'open'>) {
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const addText = useAddTextClip();
  const titleId = useId();
  const textId = useId();
  const hintId = useId();
  const errorId = useId();

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (text.trim() === '') {
      setProblem('There is no text to add yet. Paste or type the text of the clip.');
      return;
    }
    setProblem(null);
    addText.mutate(
      { text, ...(title.trim() ? { title: title.trim() } : {}) },
      {
        onSuccess: (result) => onAdded(result.clip, result.duplicate),
        onError: (error) => setProblem(errorMessage(error)),
      },
    );
  };

  const submitOnModEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={titleId}>Title (optional)</label>
        <input id={titleId} type="text" value={title} onChange={(e) => setTitle(e.target.value)} data-autofocus autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor={textId}>Text</label>
        <textarea
          id={textId}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={submitOnModEnter}
          rows={12}
          aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
          aria-invalid={problem ? true : undefined}
        />
        <p id={hintId} className="hint">
          Keep blank lines between paragraphs. Ctrl+Enter adds the clip.
        </p>
      </div>
      {problem && (
        <p id={errorId} role="alert" className="form-error">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={addText.isPending}>
          {addText.isPending ? 'Adding…' : 'Add clip'}
        </button>
      </div>
    </form>
  );
}
