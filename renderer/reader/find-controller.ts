import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { isMacPlatform, isTypingTarget } from '../keyboard/shortcuts';
import { readSelection } from './dom-selection';
import { findMatches, MAX_FIND_MATCHES } from './find-matches';
import { matchFindWindowKey } from './find-keys';
import type { HighlightSpan } from './highlight-segments';
import type { Paragraph } from './paragraphs';
import { selectionToSpan } from './selection-offsets';

const isMac = isMacPlatform(globalThis.navigator?.platform ?? '');

interface Options {
  text: string;
  paragraphs: readonly Paragraph[];
  bodyRef: RefObject<HTMLElement | null>;
  articleRef: RefObject<HTMLElement | null>;
  /** Marks a span of the clip text as a claim: use-mark-claim's markSpan, the path the mouse uses too. */
  onMark: (span: { start: number; end: number; quote: string }) => void;
}

/**
 * Find in clip: the state of the reader's find bar. The current match is kept as a place in the text
 * (the start of the match the reporter is on), not as a number, so typing more letters stays on the
 * same occurrence, and opening find over a selection starts at the selected occurrence.
 */
export function useFindInClip({ text, paragraphs, bodyRef, articleRef, onMark }: Options) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [at, setAt] = useState(0);
  /** Bumped on every request to open, so the bar takes focus again even when it is already open. */
  const [focusRequest, setFocusRequest] = useState(0);
  const opener = useRef<HTMLElement | null>(null);

  const searched = useDeferredValue(query);
  const matches = useMemo(() => findMatches(text, searched), [text, searched]);
  const after = matches.findIndex((m) => m.start >= at);
  const index = matches.length === 0 ? -1 : after >= 0 ? after : 0;
  const current = index >= 0 ? matches[index]! : null;

  const openFind = useCallback(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !active.closest('.find-bar')) opener.current = active;
    // A selection in the text becomes the search, starting on that very occurrence.
    const body = bodyRef.current;
    const found = body ? readSelection(body, document.getSelection()) : null;
    if (found?.kind === 'text') {
      const span = selectionToSpan(text, paragraphs, found.anchor, found.focus);
      if (span.ok) {
        setQuery(span.quote.replace(/\s+/gu, ' '));
        setAt(span.start);
      }
    }
    setOpen(true);
    setFocusRequest((n) => n + 1);
  }, [bodyRef, text, paragraphs]);

  const closeFind = useCallback(() => {
    setOpen(false);
    const back = opener.current;
    opener.current = null;
    if (back?.isConnected) back.focus({ preventScroll: true });
    else articleRef.current?.closest<HTMLElement>('main')?.focus({ preventScroll: true });
  }, [articleRef]);

  const step = useCallback(
    (delta: 1 | -1) => {
      if (matches.length === 0 || index < 0) return;
      setAt(matches[(index + delta + matches.length) % matches.length]!.start);
    },
    [matches, index],
  );

  const markCurrent = useCallback(() => {
    if (!current) return;
    onMark({ start: current.start, end: current.end, quote: Array.from(text).slice(current.start, current.end).join('') });
  }, [current, text, onMark]);

  // Ctrl/Cmd+F and / open the bar, F3 moves, wherever focus is on the desk (a modal dialog owns its keys).
  const latest = useRef({ open, openFind, step });
  useEffect(() => {
    latest.current = { open, openFind, step };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const action = matchFindWindowKey(event, isMac, isTypingTarget(event.target instanceof HTMLElement ? event.target : null));
      if (!action) return;
      event.preventDefault();
      const { open: isOpen, openFind: openIt, step: move } = latest.current;
      if (action === 'open-find' || !isOpen) openIt();
      else move(action === 'next-match' ? 1 : -1);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // The current match comes into view, in the middle so the sticky bar never hides it.
  const currentKey = open && current ? `${current.start}:${current.end}` : null;
  useEffect(() => {
    if (currentKey) articleRef.current?.querySelector('.find-current')?.scrollIntoView({ block: 'center' });
  }, [currentKey, articleRef]);

  const spans = useMemo<HighlightSpan[]>(
    () =>
      open
        ? matches.map((m, i) => ({ id: `find-${i}`, kind: 'find', status: 'unverified', start: m.start, end: m.end, approximate: false, current: i === index }))
        : [],
    [open, matches, index],
  );

  const count = searched.trim() === '' ? '' : matches.length === 0 ? 'No matches' : `${index + 1} of ${matches.length}${matches.length >= MAX_FIND_MATCHES ? '+' : ''}`;

  return { open, query, setQuery, count, hasMatch: current !== null, spans, focusRequest, isMac, openFind, closeFind, step, markCurrent };
}

export type FindInClip = ReturnType<typeof useFindInClip>;
