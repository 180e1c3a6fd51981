import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../client/call';
import { useNotebookMutation, useStories } from '../client/queries';

interface Props {
  /** What to add: a claim, or a clip. */
  claimId?: string;
  clipId?: string;
  /** Names the thing in the label: "Add this claim to a story". */
  what: string;
}

/** Adds a claim or a clip to one of the stories, from a select, so it works the same by mouse or keyboard. */
export function AddToStory({ claimId, clipId, what }: Props) {
  const stories = useStories();
  const assign = useNotebookMutation('assignToStory');
  const [storyId, setStoryId] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const selectId = useId();
  const items = stories.data?.items ?? [];
  if (items.length === 0) return <p className="hint">Create a story in the library to gather this {what} with others.</p>;
  const chosen = items.find((s) => s.id === storyId) ?? items[0]!;
  const already = (claimId && chosen.claimIds.includes(claimId)) || (clipId && chosen.clipIds.includes(clipId));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    assign.mutate(
      { storyId: chosen.id, ...(claimId ? { claimIds: [claimId] } : {}), ...(clipId ? { clipIds: [clipId] } : {}) },
      {
        onSuccess: (story) => setMessage({ text: `Added to “${story.title}”.`, error: false }),
        onError: (error) => setMessage({ text: errorMessage(error), error: true }),
      },
    );
  };

  return (
    <form className="add-to-story" onSubmit={submit}>
      <div className="field field-inline">
        <label htmlFor={selectId}>Add this {what} to</label>
        <select id={selectId} value={chosen.id} onChange={(e) => setStoryId(e.target.value)}>
          {items.map((story) => (
            <option key={story.id} value={story.id}>
              {story.title}
            </option>
          ))}
        </select>
        <button type="submit" className="button" disabled={assign.isPending || Boolean(already)}>
          {already ? 'Already in it' : 'Add'}
        </button>
      </div>
      <p role="status" className={message ? (message.error ? 'form-error' : 'form-done') : 'live-empty'}>
        {message?.text}
      </p>
    </form>
  );
}
