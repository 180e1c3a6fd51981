import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { errorMessage } from '../client/call';
import { useAddClaim } from '../client/queries';
import { readSelection } from './dom-selection';
import type { Paragraph } from './paragraphs';
import { selectionToSpan, type SelectedSpan } from './selection-offsets';

/** The current selection in the reader, ready to mark, and where to float the button (relative to the article). */
export interface MarkCandidate {
  span: SelectedSpan;
  /** Below the end of the selection, in the article's coordinates; null when the selection is not in the text. */
  at: { top: number; left: number } | null;
}

export interface ReaderMessage {
  tone: 'info' | 'error';
  text: string;
}

interface Options {
  clipId: string;
  text: string;
  paragraphs: readonly Paragraph[];
  bodyRef: RefObject<HTMLElement | null>;
  articleRef: RefObject<HTMLElement | null>;
  onMarked: (claimId: string) => void;
}

/**
 * Follows the reader's selection and marks it as a claim. The span is worked out as the selection
 * changes, so the button, the context menu and the C key all mark the same words even if opening a
 * menu moved focus away from the text.
 */
export function useMarkClaim({ clipId, text, paragraphs, bodyRef, articleRef, onMarked }: Options) {
  const [candidate, setCandidate] = useState<MarkCandidate | null>(null);
  const [message, setMessage] = useState<ReaderMessage | null>(null);
  const addClaim = useAddClaim();
  const latest = useRef<MarkCandidate | null>(null);

  const read = useCallback((): MarkCandidate | null => {
    const body = bodyRef.current;
    if (!body) return null;
    const found = readSelection(body, document.getSelection());
    if (found.kind === 'none') return null;
    if (found.kind === 'outside') return { span: { ok: false, message: found.message }, at: null };
    const article = articleRef.current?.getBoundingClientRect();
    const rect = found.rect;
    const at = article && rect ? { top: rect.bottom - article.top + 6, left: Math.max(0, Math.min(rect.right - article.left, article.width - 140)) } : null;
    return { span: selectionToSpan(text, paragraphs, found.anchor, found.focus), at };
  }, [bodyRef, articleRef, text, paragraphs]);

  useEffect(() => {
    const onChange = () => {
      const next = read();
      latest.current = next;
      setCandidate(next);
      // A fresh selection starts over: the last mark's note or refusal no longer applies.
      if (next) setMessage(null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [read]);

  /** Marks a span already worked out (a Find in clip match, or the selection below): one path for both. */
  const markSpan = useCallback(
    ({ start, end, quote }: { start: number; end: number; quote: string }) => {
      setMessage(null);
      addClaim.mutate(
        { clipId, quote, start, end },
        {
          onSuccess: (claim) => {
            document.getSelection()?.removeAllRanges();
            latest.current = null;
            setCandidate(null);
            setMessage({ tone: 'info', text: 'Claim marked. It is open in the claims panel.' });
            onMarked(claim.id);
          },
          onError: (error) => setMessage({ tone: 'error', text: errorMessage(error) }),
        },
      );
    },
    [addClaim, clipId, onMarked],
  );

  const mark = useCallback(() => {
    const current = read() ?? latest.current;
    if (!current) {
      setMessage({ tone: 'error', text: 'Select the words of the claim in the text first, then press C or Mark claim.' });
      return;
    }
    if (!current.span.ok) {
      setMessage({ tone: 'error', text: current.span.message });
      return;
    }
    markSpan(current.span);
  }, [read, markSpan]);

  // A confirmation has done its work once read out; it goes after a few seconds. Refusals stay until the next selection.
  useEffect(() => {
    if (message?.tone !== 'info') return;
    const timer = window.setTimeout(() => setMessage((m) => (m === message ? null : m)), 5000);
    return () => window.clearTimeout(timer);
  }, [message]);

  return { candidate, mark, markSpan, marking: addClaim.isPending, message, clearMessage: () => setMessage(null) };
}
