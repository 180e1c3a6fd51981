import { useState } from 'react';
import { call, errorMessage } from '../client/call';
import { ModalDialog } from '../dialogs/modal-dialog';

interface Props {
  url: string | null;
  onClose: () => void;
}

/**
 * Links in a clip never navigate the app: the reporter sees the address and confirms, then the system
 * browser opens it (Electron). Browser mode cannot reach the system browser, so it answers opened:false
 * and the link opens in a new tab, cut off from this page (noopener, noreferrer).
 */
export function OpenLinkDialog({ url, onClose }: Props) {
  return (
    <ModalDialog open={url !== null} onClose={onClose} title="Open this link in your browser?">
      {url !== null && <OpenLinkBody url={url} onClose={onClose} />}
    </ModalDialog>
  );
}

function OpenLinkBody({ url, onClose }: { url: string; onClose: () => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  const open = async () => {
    setOpening(true);
    try {
      const { opened } = await call('openExternal', { url });
      if (!opened) window.open(url, '_blank', 'noopener,noreferrer');
      onClose();
    } catch (error) {
      setProblem(errorMessage(error));
      setOpening(false);
    }
  };
  return (
    <div className="form">
      <p className="open-link-url break">{url}</p>
      <p className="hint">It opens outside the notebook. The clip itself stays as it was captured.</p>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button button-primary" onClick={() => void open()} disabled={opening} data-autofocus>
          Open in browser
        </button>
      </div>
    </div>
  );
}
