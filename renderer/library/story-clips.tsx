import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Story } from '../../shared/domain/entities';
import { CLIP_PAGE_SIZE } from '../client/queries';
import { ClipList } from './clip-list';
import { moveIndex, pagesFor } from './library-order';
import { clipPageQuery, useLibrary } from './use-library';

interface Props {
  story: Story;
  openClipId: string | null;
  onOpen: (id: string) => void;
}

/**
 * The library narrowed to one story: the same virtualised, paged list as the whole library, over
 * listClips({storyId}), so a story of thousands of clips costs a page at a time and none is cut off.
 * The open clip is the desk's; this list keeps only which rows are in view and a row being moved to.
 */
export function StoryClips({ story, openClipId, onOpen }: Props) {
  const client = useQueryClient();
  const [range, setRange] = useState({ first: 0, last: 0 });
  // A row moved to from the keyboard whose page is still loading: highlighted now, opened when it arrives.
  const [pendingIndex, setPendingIndex] = useState<number | null>(null);
  const lastChoice = useRef(0);
  const wantedPages = useMemo(() => pagesFor(range.first, range.last, CLIP_PAGE_SIZE), [range.first, range.last]);
  const library = useLibrary(wantedPages, story.id);
  const total = library.total ?? 0;
  const openIndex = openClipId ? library.indexOf(openClipId) : -1;
  const selectedIndex = pendingIndex ?? (openIndex >= 0 ? openIndex : null);

  const onRangeChange = useCallback((first: number, last: number) => setRange({ first, last }), []);
  const open = (id: string) => {
    lastChoice.current++;
    setPendingIndex(null);
    onOpen(id);
  };
  const onMove = (delta: number) => {
    const next = moveIndex(selectedIndex, delta, total);
    if (next === null) return;
    const clip = library.clipAt(next);
    if (clip) return open(clip.id);
    const choice = ++lastChoice.current;
    setPendingIndex(next);
    const page = Math.floor(next / CLIP_PAGE_SIZE);
    void client.fetchQuery(clipPageQuery(page, story.id)).then(
      (result) => {
        const arrived = result.items[next % CLIP_PAGE_SIZE];
        // Opened only if the reporter has not chosen another row meanwhile.
        if (choice === lastChoice.current && arrived) open(arrived.id);
      },
      () => {
        if (choice === lastChoice.current) setPendingIndex(null);
      },
    );
  };

  if (library.isPending) return <p className="pane-note">Loading the story’s clips…</p>;
  if (total === 0) return <p className="pane-note">No clips in this story yet. Open one and use “Add open clip”.</p>;
  return (
    <ClipList
      total={total}
      clipAt={library.clipAt}
      selectedIndex={selectedIndex}
      onSelect={(_index, id) => open(id)}
      onMove={onMove}
      onRangeChange={onRangeChange}
    />
  );
}
