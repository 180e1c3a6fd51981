import type { MarkCandidate } from './use-mark-claim';

interface Props {
  candidate: MarkCandidate | null;
  marking: boolean;
  onMark: () => void;
}

/**
 * The "Mark claim" button that floats under a selection in the text. Pressing it must not collapse
 * the selection it is about to mark, so it keeps focus and selection where they are on mouse down.
 */
export function MarkClaimButton({ candidate, marking, onMark }: Props) {
  if (!candidate?.at || !candidate.span.ok) return null;
  return (
    <button
      type="button"
      className="button button-primary mark-claim-float"
      style={{ top: candidate.at.top, left: candidate.at.left }}
      aria-keyshortcuts="C"
      disabled={marking}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onMark}
    >
      {marking ? 'Marking…' : 'Mark claim'} <kbd aria-hidden="true">C</kbd>
    </button>
  );
}
