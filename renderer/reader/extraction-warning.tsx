import type { Clip } from '../../shared/domain/entities';

interface Props {
  clip: Clip;
  /** Offered when the clip kept its full page and the reader is not already showing it. */
  onShowFullPage: (() => void) | null;
}

/**
 * Readability can drop an article's first or last paragraphs, or find no article at all. When the
 * capture says so, the reader says so too, with the way to see everything that was captured.
 */
export function ExtractionWarning({ clip, onShowFullPage }: Props) {
  const extraction = clip.extraction;
  if (!extraction || (extraction.articleFound && !extraction.mayBeIncomplete)) return null;
  const text = !extraction.articleFound
    ? 'No article was found on this page, so the clip holds the whole page.'
    : 'The extraction may be incomplete: the article holds less than 60% of the page’s main text. Check the full page before quoting.';
  return (
    <div role="status" className="extraction-warning">
      <p>{text}</p>
      {onShowFullPage && (
        <button type="button" className="button" onClick={onShowFullPage}>
          Show full page
        </button>
      )}
    </div>
  );
}
