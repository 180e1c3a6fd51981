import { describe, expect, it } from 'vitest';
import { visibleStories } from '../../../../renderer/stories/visible-stories';

const stories = Array.from({ length: 120 }, (_, i) => ({ id: `s${120 - i}`, title: `Story ${120 - i}` }));
const titles = (items: { title: string }[]) => items.map((s) => s.title);

describe('the stories the list shows', () => {
  it('are the first page, newest first, with the count of all', () => {
    const { items, matching } = visibleStories(stories, { query: '', shown: 50, activeStoryId: null });
    expect(items).toHaveLength(50);
    expect(items[0]?.title).toBe('Story 120');
    expect(items.at(-1)?.title).toBe('Story 71');
    expect(matching).toBe(120);
  });

  it('grow with each page shown, up to every story', () => {
    expect(visibleStories(stories, { query: '', shown: 150, activeStoryId: null }).items.at(-1)?.title).toBe('Story 1');
  });

  it('narrow to titles holding the query, in any case', () => {
    const { items, matching } = visibleStories([...stories, { id: 'b', title: 'Council BUDGET' }], { query: ' budget ', shown: 50, activeStoryId: null });
    expect(titles(items)).toEqual(['Council BUDGET']);
    expect(matching).toBe(1);
    expect(titles(visibleStories(stories, { query: 'story 11', shown: 50, activeStoryId: null }).items)).toEqual([
      'Story 119', 'Story 118', 'Story 117', 'Story 116', 'Story 115', 'Story 114', 'Story 113', 'Story 112', 'Story 111', 'Story 110', 'Story 11',
    ]);
  });

  it('keep the active story in view even past the page, once', () => {
    const { items } = visibleStories(stories, { query: '', shown: 50, activeStoryId: 's3' });
    expect(items).toHaveLength(51);
    expect(items.at(-1)?.title).toBe('Story 3');
    expect(visibleStories(stories, { query: '', shown: 50, activeStoryId: 's100' }).items).toHaveLength(50);
  });

  it('do not bring back an active story the query leaves out', () => {
    expect(titles(visibleStories(stories, { query: 'Story 12', shown: 50, activeStoryId: 's3' }).items)).toEqual(['Story 120', 'Story 12']);
  });
});
