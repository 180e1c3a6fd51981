import { useStories } from '../client/queries';

/**
 * The <option>s of a story picker: every story (useStories fetches them all), after an optional
 * "any story" choice. One list for the board's filter, the search filters and Export brief.
 */
export function StoryOptions({ emptyLabel }: { emptyLabel?: string }) {
  const stories = useStories();
  return (
    <>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {stories.data?.items.map((story) => (
        <option key={story.id} value={story.id}>
          {story.title}
        </option>
      ))}
    </>
  );
}
