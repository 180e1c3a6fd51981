import { useState } from 'react';

/** What the store had to do when it opened the notebook (a file restored from backup, say), until dismissed. */
export function NoticesBanner({ notices }: { notices: readonly string[] }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notebook notices" role="status">
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button type="button" className="button button-quiet" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </section>
  );
}
