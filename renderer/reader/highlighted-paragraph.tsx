import { STATUS_LABELS } from '../../shared/domain/status';
import { StatusIcon } from '../claims/status-icon';
import type { HighlightSpan, Segment } from './highlight-segments';
import type { Paragraph } from './paragraphs';

interface Props {
  paragraph: Paragraph;
  index: number;
  segments: Segment[];
  selectedClaimId: string | null;
  /** Each claim's quoted words, by id, so its marker can name it. */
  quotes: ReadonlyMap<string, string>;
  onOpenClaim: (id: string) => void;
}

/** What a screen reader hears for a claim's marker: the status in words, and what pressing it does. */
export function markerLabel(span: HighlightSpan, quote: string): string {
  const approx = span.approximate ? ', found approximately' : '';
  const words = Array.from(quote);
  const short = words.length > 60 ? `${words.slice(0, 60).join('')}…` : quote;
  return `${STATUS_LABELS[span.status]} claim${approx}: ${short}. Open it`;
}

/**
 * One paragraph of the clip with its claims drawn in. A claim begins with a small marker button
 * (its status icon; Tab reaches it, Enter opens the claim) and its words sit in <mark>s tinted and
 * underlined by status, so status reads without colour. Markers carry `data-ui`: they are not part
 * of the text and selection offsets skip them.
 */
export function HighlightedParagraph({ paragraph, index, segments, selectedClaimId, quotes, onOpenClaim }: Props) {
  return (
    <p data-index={index} data-start={paragraph.start} data-end={paragraph.end}>
      {segments.map((segment, i) => (
        <SegmentView key={i} segment={segment} selectedClaimId={selectedClaimId} quotes={quotes} onOpenClaim={onOpenClaim} />
      ))}
    </p>
  );
}

function SegmentView({ segment, selectedClaimId, quotes, onOpenClaim }: Omit<Props, 'paragraph' | 'index' | 'segments'> & { segment: Segment }) {
  const claims = segment.spans.filter((s) => s.kind === 'claim');
  const suggested = segment.spans.some((s) => s.kind === 'suggestion');
  const markers = segment.starts
    .filter((s) => s.kind === 'claim')
    .map((span) => (
      <button
        key={span.id}
        type="button"
        data-ui=""
        className={`hl-marker status-${span.status}${span.id === selectedClaimId ? ' hl-marker-selected' : ''}`}
        data-claim-marker={span.id}
        aria-label={markerLabel(span, quotes.get(span.id) ?? segment.text)}
        aria-pressed={span.id === selectedClaimId}
        onClick={() => onOpenClaim(span.id)}
      >
        <StatusIcon status={span.status} />
      </button>
    ));
  // A Find in clip match sits innermost, so it shows over a claim's tint; its words are still the text.
  const found = segment.spans.find((s) => s.kind === 'find');
  const matched = found ? (
    <mark className={found.current ? 'find-match find-current' : 'find-match'} data-find-match={found.id}>
      {segment.text}
    </mark>
  ) : (
    segment.text
  );
  // The passage a search result opened at: inside any claim's highlight, so it shows over the tint.
  const words = segment.spans.some((s) => s.kind === 'passage') ? (
    <mark className="search-passage" data-search-passage="">
      {matched}
    </mark>
  ) : (
    matched
  );
  if (claims.length === 0 && !suggested) return <>{words}</>;
  if (claims.length === 0) {
    return (
      <>
        {markers}
        <mark className="hl-suggestion">{words}</mark>
      </>
    );
  }
  const top = claims[0]!;
  const classes = [
    'hl',
    `hl-${top.status}`,
    claims.length > 1 ? 'hl-overlap' : '',
    top.approximate ? 'hl-approximate' : '',
    claims.some((c) => c.id === selectedClaimId) ? 'hl-selected' : '',
    suggested ? 'hl-suggested' : '',
  ].filter(Boolean);
  const open = () => {
    // A drag that started on a highlight is a new selection, not a click on the claim.
    if (!(document.getSelection()?.isCollapsed ?? true)) return;
    onOpenClaim(top.id);
  };
  return (
    <>
      {markers}
      <mark className={classes.join(' ')} data-claim-id={top.id} data-claim-ids={claims.map((c) => c.id).join(' ')} onClick={open}>
        {words}
      </mark>
    </>
  );
}

