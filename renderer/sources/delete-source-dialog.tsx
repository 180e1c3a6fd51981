import { ModalDialog } from '../dialogs/modal-dialog';

interface Props {
  title: string;
  /** The notebook's own words: "This source is evidence for 2 claims. Delete it anyway?" */
  message: string;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before deleting a source that claims rely on; the delete goes to the trash and can be undone. */
export function DeleteSourceDialog({ title, message, busy, onConfirm, onClose }: Props) {
  return (
    <ModalDialog open onClose={onClose} title={`Delete “${title}”?`} description={message}>
      <p className="hint">The source goes to the trash with its links, and can be restored from there or undone with Ctrl/Cmd+Z.</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Keep the source
        </button>
        <button type="button" className="button button-danger" onClick={onConfirm} disabled={busy}>
          {busy ? 'Deleting…' : 'Delete anyway'}
        </button>
      </div>
    </ModalDialog>
  );
}
