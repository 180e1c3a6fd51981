import { useId, useState, type ClipboardEvent, type FormEvent, type KeyboardEvent } from 'react';
import type { ClipTabProps as Props } from './clip-job';
import { keepsFormatting, pasteInput, readPaste, type PastedContent } from './pasted-article';


/**
 * Clip what was copied (an email, a press release, part of a page). The paste event's HTML is kept
 * beside the text, so a page's headings, links and images survive; the box itself shows plain text.
 */
export function PasteTab({ active, busy, errorId, onClip, onProblem }: Props) {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [pasted, setPasted] = useState<PastedContent | null>(null);
  const boxId = useId();
  const titleId = useId();
  const hintId = useId();

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const input = pasteInput(text, title, pasted);
    if (!input) {
      onProblem('There is nothing to clip yet. Paste the article (or type the text) into the box.');
      return;
    }
    onClip({ kind: 'paste', request: input });
  };
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    // Only a paste into an empty box can keep its formatting: the HTML then describes the whole box.
    if (text.trim() === '') setPasted(readPaste(event.clipboardData));
    else setPasted(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  };

  const formatted = keepsFormatting(text, pasted);
  const hint = formatted
    ? 'Formatting kept: headings, links and images come with the text you pasted.'
    : pasted?.html && text.trim()
      ? 'The text was changed after pasting, so it is clipped as plain text.'
      : 'Paste the article here; formatting copied from a web page is kept. Keep blank lines between paragraphs. Ctrl+Enter (⌘+Enter on a Mac) clips.';

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={boxId}>Pasted article</label>
        <textarea
          id={boxId}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onPaste={onPaste}
          onKeyDown={onKeyDown}
          rows={10}
          readOnly={busy}
          {...(active ? { 'data-autofocus': true } : {})}
          aria-describedby={errorId ? `${hintId} ${errorId}` : hintId}
          aria-invalid={errorId ? true : undefined}
        />
        <p id={hintId} className="hint">
          {hint}
        </p>
      </div>
      <div className="field">
        <label htmlFor={titleId}>Title (optional)</label>
        <input id={titleId} type="text" value={title} onChange={(e) => setTitle(e.target.value)} autoComplete="off" readOnly={busy} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Clip
        </button>
      </div>
    </form>
  );
}
