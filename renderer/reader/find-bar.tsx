import { useEffect, useRef, type KeyboardEvent } from 'react';
import { matchFindInputKey } from './find-keys';
import type { FindInClip } from './find-controller';
import '../styles/find.css';

interface Props {
  find: FindInClip;
  marking: boolean;
}

/**
 * The reader's find bar, like a browser's find-in-page: type to highlight every match, Enter and
 * Shift+Enter to move, Esc to close. "Mark claim" marks exactly the current match, so a reporter
 * without a pointer can mark any phrase, and the chosen occurrence of a phrase found twice.
 */
export function FindBar({ find, marking }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const { query, setQuery, count, hasMatch, focusRequest, isMac, closeFind, step, markCurrent } = find;
  const mod = isMac ? 'Meta' : 'Control';
  const modLabel = isMac ? '⌘' : 'Ctrl';

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const action = matchFindInputKey(event, isMac);
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    if (action === 'close-find') closeFind();
    else if (action === 'mark-match') {
      if (hasMatch && !marking) markCurrent();
    } else step(action === 'next-match' ? 1 : -1);
  };

  return (
    <div className="find-bar" role="search" aria-label="Find in clip">
      <div className="find-row">
        <label htmlFor="find-in-clip" className="find-label">
          Find in clip
        </label>
        <input
          ref={input}
          id="find-in-clip"
          className="find-input"
          type="text"
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="find-count"
          aria-keyshortcuts={`${mod}+F`}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <span id="find-count" role="status" className="find-count">
          {count}
        </span>
        <button type="button" className="button find-step" aria-label="Previous match" title="Previous match (Shift+Enter)" aria-keyshortcuts="Shift+Enter Shift+F3" disabled={!hasMatch} onClick={() => step(-1)}>
          <span aria-hidden="true">↑</span>
        </button>
        <button type="button" className="button find-step" aria-label="Next match" title="Next match (Enter)" aria-keyshortcuts="Enter F3" disabled={!hasMatch} onClick={() => step(1)}>
          <span aria-hidden="true">↓</span>
        </button>
        <button type="button" className="button button-quiet find-close" aria-label="Close find" title="Close find (Esc)" aria-keyshortcuts="Escape" onClick={closeFind}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="find-row">
        <button type="button" className="button button-primary find-mark" aria-keyshortcuts={`${mod}+Enter`} disabled={!hasMatch || marking} onClick={markCurrent}>
          {marking ? 'Marking…' : 'Mark claim'} <kbd aria-hidden="true">{modLabel}+Enter</kbd>
        </button>
        <p className="find-hint">
          <kbd>Enter</kbd> next, <kbd>Shift+Enter</kbd> back, <kbd>Esc</kbd> close
        </p>
      </div>
    </div>
  );
}
