import type { ReactNode } from 'react';
import type { Story } from '../../shared/domain/entities';
import { StoriesList } from '../stories/stories-list';
import { ClipList } from './clip-list';
import { StoryClips } from './story-clips';
import type { Library } from './use-library';

interface Props {
  library: Library;
  selectedIndex: number | null;
  onSelect: (index: number, id: string) => void;
  onMove: (delta: number) => void;
  onRangeChange: (first: number, last: number) => void;
  /** The view switcher, at the top of the pane. */
  views: ReactNode;
  /** The story the library is narrowed to, if any. */
  story: Story | null;
  onStoryFilter: (storyId: string | null) => void;
  openClip: { id: string; title: string } | null;
  onOpenClip: (id: string) => void;
}

/** The id of the top-of-pane slot where search will live; Ctrl/Cmd+K focuses whatever is in it. */
export const SEARCH_SLOT_ID = 'search-slot';

/** Left pane: the views, (search, later) the library of clips, and the stories. */
export function LibraryPane({ library, selectedIndex, onSelect, onMove, onRangeChange, views, story, onStoryFilter, openClip, onOpenClip }: Props) {
  const total = library.total ?? 0;
  return (
    <nav className="pane pane-library" aria-label="Library">
      {views}
      <div id={SEARCH_SLOT_ID} className="search-slot" />
      <section className="library-section library-clips" aria-labelledby="clips-heading">
        <div className="section-head">
          <h2 id="clips-heading">Clips</h2>
          {story ? <span className="section-count">{story.clipIds.length}</span> : total > 0 && <span className="section-count">{total}</span>}
        </div>
        {story ? (
          <>
            <p className="story-filter-note">
              In “{story.title}”.{' '}
              <button type="button" className="button button-quiet" onClick={() => onStoryFilter(null)}>
                Show all clips
              </button>
            </p>
            <StoryClips key={story.id} story={story} openClipId={openClip?.id ?? null} onOpen={onOpenClip} />
          </>
        ) : library.isPending ? (
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
        <StoriesList activeStoryId={story?.id ?? null} onFilter={onStoryFilter} openClip={openClip} />
      </section>
    </nav>
  );
}
