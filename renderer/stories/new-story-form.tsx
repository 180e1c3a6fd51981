import { useId, useState, type FormEvent } from 'react';
import type { Story } from '../../shared/domain/entities';
import { errorMessage } from '../client/call';
import { useNotebookMutation } from '../client/queries';
import { FormFooter } from '../app/form-footer';

/** Start a story: a title, and optionally what it is about. */
export function NewStoryForm({ onDone }: { onDone: (story: Story | null) => void }) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = useNotebookMutation('addStory');
  const titleId = useId();
  const descriptionId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    add.mutate(
      { title, ...(description.trim() ? { description } : {}) },
      { onSuccess: (story) => onDone(story), onError: (error) => setProblem(errorMessage(error)) },
    );
  };

  return (
    <form className="form new-story" onSubmit={submit} aria-label="New story">
      <div className="field">
        <label htmlFor={titleId}>Story title</label>
        <input id={titleId} value={title} onChange={(e) => setTitle(e.target.value)} required autoFocus />
      </div>
      <div className="field">
        <label htmlFor={descriptionId}>What it is about (optional)</label>
        <input id={descriptionId} value={description} onChange={(e) => setDescription(e.target.value)} />
      </div>
      <FormFooter problem={problem} onCancel={() => onDone(null)} busy={add.isPending} submitLabel="Create story" />
    </form>
  );
}
