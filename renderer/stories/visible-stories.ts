import type { Story } from '../../shared/domain/entities';

/** How many stories the list shows at first, and how many more each "Show more" adds. */
export const STORIES_SHOWN_AT_ONCE = 50;

/**
 * The stories the list shows: those whose title holds `query` (any case, accents as typed), the first
 * `shown` of them, and the story the desk is filtered by even when it lies further down, so its Export
 * brief button and "show everything again" stay in reach. `matching` counts every story the query
 * keeps, for "Showing 50 of 120".
 */
export function visibleStories<T extends Pick<Story, 'id' | 'title'>>(
  stories: readonly T[],
  { query, shown, activeStoryId }: { query: string; shown: number; activeStoryId: string | null },
): { items: T[]; matching: number } {
  const needle = query.trim().toLocaleLowerCase();
  const matches = needle ? stories.filter((story) => story.title.toLocaleLowerCase().includes(needle)) : [...stories];
  const items = matches.slice(0, shown);
  const active = activeStoryId ? matches.find((story) => story.id === activeStoryId) : undefined;
  if (active && !items.includes(active)) items.push(active);
  return { items, matching: matches.length };
}
