/** How the reader shows a clip: its plain text (marking, find), the article as formatted, or the whole page. */
export type ReaderView = 'text' | 'article' | 'full';

interface Props {
  view: ReaderView;
  onView: (view: ReaderView) => void;
  hasFullPage: boolean;
}

const LABELS: Record<ReaderView, string> = { text: 'Text', article: 'Article', full: 'Full page' };

/** The Text | Article | Full page switch: toggle buttons, one pressed, in one labelled group. */
export function ReaderViewSwitch({ view, onView, hasFullPage }: Props) {
  const views: ReaderView[] = hasFullPage ? ['text', 'article', 'full'] : ['text', 'article'];
  return (
    <div role="group" aria-label="Show the clip as" className="reader-views">
      {views.map((v) => (
        <button key={v} type="button" className="reader-view-button" aria-pressed={view === v} onClick={() => onView(v)}>
          {LABELS[v]}
        </button>
      ))}
    </div>
  );
}
