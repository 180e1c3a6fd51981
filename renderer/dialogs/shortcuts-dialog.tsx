import { shortcutDocs } from '../keyboard/shortcuts';
import { ModalDialog } from './modal-dialog';

/** Help > Keyboard shortcuts: the table the key handler itself uses. */
export function ShortcutsDialog({ open, onClose, isMac }: { open: boolean; onClose: () => void; isMac: boolean }) {
  return (
    <ModalDialog open={open} onClose={onClose} title="Keyboard shortcuts" description="Every action on the desk can be reached from the keyboard.">
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What it does</th>
          </tr>
        </thead>
        <tbody>
          {shortcutDocs(isMac).map((doc) => (
            <tr key={doc.description}>
              <td>
                {doc.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && <span className="or"> or </span>}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{doc.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ModalDialog>
  );
}
