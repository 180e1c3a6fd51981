import { useId } from 'react';
import type { ClaimFilter } from '../client/queries';
import { useFirstClipPage, useSourcePicker, useStories } from '../client/queries';

export type BoardFilter = Omit<ClaimFilter, 'status'>;

/** Narrow the board to one story, one clip or one source; each is a plain select, so it works from the keyboard. */
export function BoardFilters({ filter, onChange }: { filter: BoardFilter; onChange: (filter: BoardFilter) => void }) {
  const stories = useStories();
  const clips = useFirstClipPage();
  const sources = useSourcePicker();
  const storyId = useId();
  const clipId = useId();
  const sourceId = useId();
  const set = (key: keyof BoardFilter, value: string) => onChange({ ...filter, [key]: value || undefined });
  const active = Boolean(filter.storyId || filter.clipId || filter.sourceId);

  return (
    <div className="board-filters" role="group" aria-label="Filter the board">
      <div className="field field-inline">
        <label htmlFor={storyId}>Story</label>
        <select id={storyId} value={filter.storyId ?? ''} onChange={(e) => set('storyId', e.target.value)}>
          <option value="">All stories</option>
          {stories.data?.items.map((story) => (
            <option key={story.id} value={story.id}>
              {story.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-inline">
        <label htmlFor={clipId}>Clip</label>
        <select id={clipId} value={filter.clipId ?? ''} onChange={(e) => set('clipId', e.target.value)}>
          <option value="">All clips</option>
          {clips.data?.items.map((clip) => (
            <option key={clip.id} value={clip.id}>
              {clip.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-inline">
        <label htmlFor={sourceId}>Source</label>
        <select id={sourceId} value={filter.sourceId ?? ''} onChange={(e) => set('sourceId', e.target.value)}>
          <option value="">All sources</option>
          {sources.data?.items.map((source) => (
            <option key={source.id} value={source.id}>
              {source.title}
            </option>
          ))}
        </select>
      </div>
      {active && (
        <button type="button" className="button button-quiet" onClick={() => onChange({})}>
          Clear filters
        </button>
      )}
    </div>
  );
}
