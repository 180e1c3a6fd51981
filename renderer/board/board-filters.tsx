import { useId, useMemo } from 'react';
import type { ClaimFilter } from '../client/queries';
import { useFirstClipPage, useSourcePicker } from '../client/queries';
import { StoryOptions } from '../stories/story-options';
import { SearchableSelect } from '../search/searchable-select';

export type BoardFilter = Omit<ClaimFilter, 'status'>;

/** Narrow the board to one story, one clip or one source; each is a plain select, so it works from the keyboard. */
export function BoardFilters({ filter, onChange }: { filter: BoardFilter; onChange: (filter: BoardFilter) => void }) {
  const clips = useFirstClipPage();
  const sources = useSourcePicker();
  const storyId = useId();
  // The pickers list the newest clips and sources; typing in "Find by title" searches them all.
  const clipChoices = useMemo(() => (clips.data?.items ?? []).map((c) => ({ id: c.id, title: c.title })), [clips.data]);
  const sourceChoices = useMemo(() => (sources.data?.items ?? []).map((s) => ({ id: s.id, title: s.title })), [sources.data]);
  const set = (key: keyof BoardFilter, value: string) => onChange({ ...filter, [key]: value || undefined });
  const active = Boolean(filter.storyId || filter.clipId || filter.sourceId);

  return (
    <div className="board-filters" role="group" aria-label="Filter the board">
      <div className="field field-inline">
        <label htmlFor={storyId}>Story</label>
        <select id={storyId} value={filter.storyId ?? ''} onChange={(e) => set('storyId', e.target.value)}>
          <StoryOptions emptyLabel="All stories" />
        </select>
      </div>
      <SearchableSelect kind="clip" label="Clip" emptyLabel="All clips" inline defaults={clipChoices} total={clips.data?.total} value={filter.clipId ?? ''} onChange={(c) => set('clipId', c?.id ?? '')} />
      <SearchableSelect
        kind="source"
        label="Source"
        emptyLabel="All sources"
        inline
        defaults={sourceChoices}
        total={sources.data?.total}
        value={filter.sourceId ?? ''}
        onChange={(c) => set('sourceId', c?.id ?? '')}
      />
      {active && (
        <button type="button" className="button button-quiet" onClick={() => onChange({})}>
          Clear filters
        </button>
      )}
    </div>
  );
}
