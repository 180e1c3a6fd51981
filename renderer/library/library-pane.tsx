import { ClipList } from './clip-list';
import { StoriesList } from './stories-list';
import type { Library } from './use-library';

interface Props {
  library: Library;
  selectedIndex: number | null;
  onSelect: (index: number, id: string) => void;
  onMove: (delta: number) => void;
  onRangeChange: (first: number, last: number) => void;
}

/** The id of the top-of-pane slot where search will live; Ctrl/Cmd+K focuses whatever is in it. */
export const SEARCH_SLOT_ID = 'search-slot';

/** Left pane: (search, later) the library of clips and the stories. */
export function LibraryPane({ library, selectedIndex, onSelect, onMove, onRangeChange }: Props) {
  const total = library.total ?? 0;
  return (
    <nav className="pane pane-library" aria-label="Library">
      <div id={SEARCH_SLOT_ID} className="search-slot" />
      <section className="library-section library-clips" aria-labelledby="clips-heading">
        <div className="section-head">
          <h2 id="clips-heading">Clips</h2>
          {total > 0 && <span className="section-count">{total}</span>}
        </div>
        {library.isPending ? (
          <p className="pane-note">Loading the library…</p>
        ) : total === 0 ? (
          <p className="pane-note">No clips yet.</p>
        ) : (
          <ClipList
            total={total}
            clipAt={library.clipAt}
            selectedIndex={selectedIndex}
            onSelect={onSelect}
            onMove={onMove}
            onRangeChange={onRangeChange}
          />
        )}
      </section>
      <section className="library-section library-stories" aria-labelledby="stories-heading">
        <div className="section-head">
          <h2 id="stories-heading">Stories</h2>
        </div>
        <StoriesList />
      </section>
    </nav>
  );
}
