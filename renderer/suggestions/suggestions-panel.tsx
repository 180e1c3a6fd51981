import { useEffect, useId, useRef, useState } from 'react';
import type { ClaimInClip, Suggestion } from '../../shared/api/views';
import { errorMessage } from '../client/call';
import { useAddClaim, useDismissSuggestion, useSuggestions } from '../client/queries';
import { setFocusedSuggestion } from './suggestion-focus';
import '../styles/suggestions.css';

interface Props {
  clipId: string;
  /** The clip's plain text: an accepted suggestion quotes exactly what stands at its offsets. */
  text: string;
  claims: readonly ClaimInClip[];
}

/**
 * Sentences the offline suggester thinks worth checking, each with the reasons it gave. Accept marks
 * the sentence as a claim; Dismiss hides it for good. Pointing at one (mouse or keyboard focus)
 * outlines its sentence in the reader.
 */
export function SuggestionsPanel({ clipId, text, claims }: Props) {
  const suggestions = useSuggestions(clipId, true);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => () => setFocusedSuggestion(null), []);

  const claimed = new Set(claims.flatMap((c) => (c.resolved && c.resolved.state !== 'orphaned' ? [`${c.resolved.start}:${c.resolved.end}`] : [])));
  const shown = (suggestions.data ?? []).filter((s) => !claimed.has(`${s.start}:${s.end}`));

  /**
   * After one leaves the list, focus goes to the one that took its place, so the keyboard keeps its
   * place. The index is noted when Accept or Dismiss is pressed: the item may be gone (and its own
   * callbacks with it) by the time the server answers.
   */
  const focusAfter = useRef<number | null>(null);
  const shownKeys = shown.map((s) => s.key).join(' ');
  useEffect(() => {
    const index = focusAfter.current;
    if (index === null) return;
    focusAfter.current = null;
    setFocusedSuggestion(null);
    const items = listRef.current?.querySelectorAll<HTMLElement>('[data-suggestion-accept]');
    const next = items && items.length > 0 ? items[Math.min(index, items.length - 1)] : null;
    (next ?? headingRef.current)?.focus();
  }, [shownKeys]);

  return (
    <section id="suggestions-panel" className="suggestions" aria-labelledby="suggestions-heading" aria-busy={suggestions.isFetching || undefined}>
      <h3 id="suggestions-heading" ref={headingRef} tabIndex={-1}>
        Suggested claims
      </h3>
      {suggestions.isPending ? (
        <p className="pane-note">Reading the clip for sentences worth checking…</p>
      ) : suggestions.isError ? (
        <p className="pane-note" role="alert">
          Suggestions could not be made: {errorMessage(suggestions.error)}
        </p>
      ) : shown.length === 0 ? (
        <p className="pane-note">No suggestions left for this clip. Dismissed ones stay hidden; mark claims by selecting text.</p>
      ) : (
        <>
          <p className="pane-note">Found offline by rules: numbers, dates, attributions, comparisons and names. Check each before you accept it.</p>
          <ul className="suggestion-list" ref={listRef}>
            {shown.map((s, index) => (
              <SuggestionItem
                key={s.key}
                suggestion={s}
                clipId={clipId}
                text={text}
                onLeaving={() => (focusAfter.current = index)}
                onStaying={() => (focusAfter.current = null)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

interface ItemProps {
  suggestion: Suggestion;
  clipId: string;
  text: string;
  /** Accept or Dismiss was pressed: the item is about to leave the list. */
  onLeaving: () => void;
  /** It failed, so the item stays. */
  onStaying: () => void;
}

function SuggestionItem({ suggestion, clipId, text, onLeaving, onStaying }: ItemProps) {
  const addClaim = useAddClaim();
  const dismiss = useDismissSuggestion();
  const [problem, setProblem] = useState<string | null>(null);
  const textId = useId();
  const point = (reveal: boolean) => setFocusedSuggestion({ clipId, key: suggestion.key, start: suggestion.start, end: suggestion.end, reveal });
  const unpoint = () => setFocusedSuggestion(null);

  const fail = (error: unknown) => {
    onStaying();
    setProblem(errorMessage(error));
  };
  const accept = () => {
    setProblem(null);
    const quote = Array.from(text).slice(suggestion.start, suggestion.end).join('') || suggestion.text;
    onLeaving();
    addClaim.mutate({ clipId, quote, start: suggestion.start, end: suggestion.end }, { onError: (e) => fail(e) });
  };
  const drop = () => {
    setProblem(null);
    onLeaving();
    dismiss.mutate({ clipId, key: suggestion.key }, { onError: (e) => fail(e) });
  };
  const busy = addClaim.isPending || dismiss.isPending;

  return (
    <li className="suggestion" onMouseEnter={() => point(false)} onMouseLeave={unpoint} onFocus={() => point(true)} onBlur={unpoint}>
      <p id={textId} className="suggestion-text">
        {suggestion.text}
      </p>
      {suggestion.reasons.length > 0 && (
        <ul className="suggestion-reasons" aria-label="Why it is suggested">
          {suggestion.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      <div className="suggestion-actions">
        <button type="button" className="button button-primary" data-suggestion-accept="" aria-describedby={textId} disabled={busy} onClick={accept}>
          {addClaim.isPending ? 'Accepting…' : 'Accept'}
        </button>
        <button type="button" className="button" aria-describedby={textId} disabled={busy} onClick={drop}>
          {dismiss.isPending ? 'Dismissing…' : 'Dismiss'}
        </button>
      </div>
    </li>
  );
}
