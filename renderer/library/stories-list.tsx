import { countLabel } from '../format/format-date';
import { useStories } from '../client/queries';

/** The stories being reported, each with what it gathers. Assigning clips to stories comes with a later issue. */
export function StoriesList() {
  const stories = useStories();
  if (stories.isPending) return <p className="pane-note">Loading stories…</p>;
  if (stories.isError) return <p className="pane-note">Stories could not be loaded.</p>;
  const { items, total } = stories.data;
  if (total === 0) return <p className="pane-note">No stories yet.</p>;
  return (
    <>
      <ul className="stories">
        {items.map((story) => (
          <li key={story.id} className="story">
            <span className="story-title">{story.title}</span>
            <span className="story-meta">
              {countLabel(story.clipIds.length, 'clip')}, {countLabel(story.claimIds.length, 'claim')}
            </span>
          </li>
        ))}
      </ul>
      {total > items.length && <p className="pane-note">Showing {items.length} of {total} stories.</p>}
    </>
  );
}
