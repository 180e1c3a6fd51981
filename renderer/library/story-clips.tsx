import { useQueries } from '@tanstack/react-query';
import type { Story } from '../../shared/domain/entities';
import { call } from '../client/call';
import { queryKeys } from '../client/queries';
import { clipOrigin } from '../format/format-date';

/** How many of a story's clips the filtered library shows; a story gathers a handful, not thousands. */
const STORY_CLIP_LIMIT = 100;

/**
 * The library narrowed to one story: its clips, fetched by id (and shared with the reader's cache,
 * so opening one costs nothing more). listClips has no story filter, and a story is small.
 */
export function StoryClips({ story, openClipId, onOpen }: { story: Story; openClipId: string | null; onOpen: (id: string) => void }) {
  const ids = story.clipIds.slice(0, STORY_CLIP_LIMIT);
  const clips = useQueries({ queries: ids.map((id) => ({ queryKey: queryKeys.clip(id), queryFn: () => call('getClip', { id }) })) });
  if (ids.length === 0) return <p className="pane-note">No clips in this story yet. Open one and use “Add open clip”.</p>;
  return (
    <ul className="story-clips">
      {ids.map((id, i) => {
        const clip = clips[i]?.data?.clip;
        return (
          <li key={id}>
            <button type="button" className="clip-option story-clip" aria-pressed={id === openClipId} onClick={() => onOpen(id)} disabled={!clip}>
              <span className="clip-title">{clip?.title ?? 'Loading…'}</span>
              {clip && <span className="clip-meta">{clipOrigin(clip)}</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
