interface Props {
  onAddSample: () => void;
  addingSample: boolean;
  onPaste: () => void;
  onNewClip: () => void;
}

/** What an empty notebook shows: a welcome and two ways to get a first clip. */
export function EmptyState({ onAddSample, addingSample, onPaste, onNewClip }: Props) {
  return (
    <div className="empty-state">
      <h2>Welcome to your notebook</h2>
      <p>
        Clip the articles you are checking, mark the claims inside them, link the sources that bear on each claim, and
        track what has been verified. Everything stays on this computer.
      </p>
      <p>Start with a sample wire story to try the desk, or clip a web page, a document or text of your own.</p>
      <div className="empty-actions">
        <button type="button" className="button button-primary" onClick={onAddSample} disabled={addingSample}>
          {addingSample ? 'Adding the sample…' : 'Add the sample article'}
        </button>
        <button type="button" className="button" onClick={onNewClip}>
          Clip a web page or file
        </button>
        <button type="button" className="button" onClick={onPaste}>
          Paste text
        </button>
      </div>
    </div>
  );
}
