import { useMemo } from 'react';
import { previewMarkup } from './brief-preview-html';

/** The brief as it will read, sanitized and styled by the app; scrolls on its own inside the dialog. */
export function BriefPreview({ html, labelId }: { html: string; labelId: string }) {
  const markup = useMemo(() => previewMarkup(html), [html]);
  return (
    <div
      className="brief-preview"
      role="region"
      aria-labelledby={labelId}
      // Scrollable content must be reachable from the keyboard.
      tabIndex={0}
      dangerouslySetInnerHTML={{ __html: markup }}
    />
  );
}
