import { useId, useState } from 'react';
import { errorMessage } from '../client/call';
import { useNotebookMutation, useStories } from '../client/queries';
import { countLabel } from '../format/format-date';
import { NewStoryForm } from './new-story-form';
import { ExportBriefButton } from '../briefs/export-brief-button';
import { STORIES_SHOWN_AT_ONCE, visibleStories } from './visible-stories';
import './stories-list.css';

interface Props {
  /** The story the library and the board are filtered by, if any. */
  activeStoryId: string | null;
  onFilter: (storyId: string | null) => void;
  /** The clip open in the reader, which can be added to a story from here. */
  openClip: { id: string; title: string } | null;
}

/**
 * The stories being reported: choose one to filter the library and the board by it, add the open clip,
 * or start a new one. A notebook with many stories shows them a page at a time, with a field to find
 * one by its title, so every story is in reach without a list hundreds of rows long.
 */
export function StoriesList({ activeStoryId, onFilter, openClip }: Props) {
  const stories = useStories();
  const assign = useNotebookMutation('assignToStory');
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [shown, setShown] = useState(STORIES_SHOWN_AT_ONCE);
  const [query, setQuery] = useState('');
  const findId = useId();

  const body = () => {
    if (stories.isPending) return <p className="pane-note">Loading stories…</p>;
    if (stories.isError) return <p className="pane-note">Stories could not be loaded.</p>;
    const all = stories.data.items;
    if (all.length === 0) return <p className="pane-note">No stories yet.</p>;
    const { items, matching } = visibleStories(all, { query, shown, activeStoryId });
    const more = Math.min(STORIES_SHOWN_AT_ONCE, matching - shown);
    return (
      <>
        {all.length > STORIES_SHOWN_AT_ONCE && (
          <div className="field story-find">
            <label htmlFor={findId}>Find a story</label>
            <input id={findId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
          </div>
        )}
        {matching === 0 && <p className="pane-note">No story has “{query.trim()}” in its title.</p>}
        <ul className="stories">
          {items.map((story) => {
            const active = story.id === activeStoryId;
            const hasClip = openClip ? story.clipIds.includes(openClip.id) : true;
            return (
              <li key={story.id} className="story">
                <button
                  type="button"
                  className="story-filter"
                  aria-pressed={active}
                  title={active ? 'Show everything again' : 'Show only this story in the library and on the board'}
                  onClick={() => onFilter(active ? null : story.id)}
                >
                  <span className="story-title">{story.title}</span>
                  <span className="story-meta">
                    {countLabel(story.clipIds.length, 'clip')}, {countLabel(story.claimIds.length, 'claim')}
                  </span>
                </button>
                {active && <ExportBriefButton request={{ storyId: story.id }} label={`Export brief of “${story.title}”`} className="button button-quiet story-add" />}
                {openClip && !hasClip && (
                  <button
                    type="button"
                    className="button button-quiet story-add"
                    aria-label={`Add the open clip to “${story.title}”`}
                    disabled={assign.isPending}
                    onClick={() =>
                      assign.mutate(
                        { storyId: story.id, clipIds: [openClip.id] },
                        {
                          onSuccess: () => setMessage({ text: `Added “${openClip.title}” to “${story.title}”.`, error: false }),
                          onError: (error) => setMessage({ text: errorMessage(error), error: true }),
                        },
                      )
                    }
                  >
                    Add open clip
                  </button>
                )}
              </li>
            );
          })}
        </ul>
        {matching > shown && (
          <div className="story-more">
            <p className="pane-note">
              Showing {shown} of {matching} {query.trim() ? 'matching ' : ''}stories.
            </p>
            <button type="button" className="button button-quiet" onClick={() => setShown(shown + STORIES_SHOWN_AT_ONCE)}>
              Show {more} more {more === 1 ? 'story' : 'stories'}
            </button>
          </div>
        )}
      </>
    );
  };

  return (
    <>
      {body()}
      <p role="status" className={message ? (message.error ? 'form-error' : 'form-done story-message') : 'live-empty'}>
        {message?.text}
      </p>
      {creating ? (
        <NewStoryForm
          onDone={(story) => {
            setCreating(false);
            if (story) setMessage({ text: `Story “${story.title}” created.`, error: false });
          }}
        />
      ) : (
        <button type="button" className="button story-new" onClick={() => setCreating(true)}>
          New story
        </button>
      )}
    </>
  );
}
