import { callApi, expect, openDesk, screenshot, seriousA11yViolations, test } from '../support/e2e-fixtures';

const IN_STORY = 150; // more than one page of the library's 100, and more than the old cap of 100
const OUTSIDE = 30;

test('a story with more clips than a page lists them all, paged and virtualised like the whole library', async ({ page, app }) => {
  await openDesk(page, app);
  const storyClipIds = await page.evaluate(
    async ({ inStory, outside }) => {
      const api = (window as unknown as { notebook: Record<string, (i: unknown) => Promise<{ ok: boolean; value: { clip: { id: string } } }>> })
        .notebook;
      const ids: string[] = [];
      // Interleaved, so the story's clips are not simply the newest ones.
      for (let i = 1; i <= inStory; i++) {
        const result = await api.addTextClip!({ title: `Story clip ${i}`, text: `Body of story clip ${i}.` });
        if (!result.ok) throw new Error(`story clip ${i} was not added`);
        ids.push(result.value.clip.id);
        if (i % 5 === 0 && i / 5 <= outside) await api.addTextClip!({ title: `Other clip ${i / 5}`, text: `Body of other clip ${i / 5}.` });
      }
      return ids;
    },
    { inStory: IN_STORY, outside: OUTSIDE },
  );
  const story = await callApi<{ id: string }>(page, 'addStory', { title: 'Council budget' });
  await callApi(page, 'assignToStory', { storyId: story.id, clipIds: storyClipIds });
  await page.reload();

  const requests: { storyId?: string; offset: number; limit: number }[] = [];
  const getClips: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/listClips')) requests.push(JSON.parse(request.postData() ?? '{}') as (typeof requests)[number]);
    if (request.url().endsWith('/api/getClip')) getClips.push((JSON.parse(request.postData() ?? '{}') as { id: string }).id);
  });

  const library = page.getByRole('navigation', { name: 'Library' });
  await expect(library.getByText(String(IN_STORY + OUTSIDE), { exact: true })).toBeVisible();
  await library.getByRole('button', { name: /^Council budget/ }).click();
  await expect(library.getByText('In “Council budget”.')).toBeVisible();
  await expect(library.getByText(String(IN_STORY), { exact: true })).toBeVisible();

  const list = library.getByRole('listbox', { name: 'Clips' });
  const newest = list.getByRole('option', { name: new RegExp(`Story clip ${IN_STORY}\\b`) });
  await expect(newest).toHaveAttribute('aria-setsize', String(IN_STORY));
  await expect(newest).toHaveAttribute('aria-posinset', '1');
  await expect(list.getByRole('option', { name: /Other clip/ })).toHaveCount(0);
  const rendered = await list.getByRole('option').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(60);
  // The filtered list is asked for a page at a time by story, never clip by clip.
  expect(requests.filter((r) => r.storyId === story.id)).toEqual([{ storyId: story.id, offset: 0, limit: 100 }]);
  // The reader loads the clip it has open (not in the story); the story's list loads none of its clips one by one.
  expect(getClips.filter((id) => storyClipIds.includes(id))).toEqual([]);

  // The oldest clip of the story, past the old cap of 100, is reachable from the keyboard.
  await newest.click();
  await expect(page.getByRole('main').getByRole('heading', { name: `Story clip ${IN_STORY}`, exact: true })).toBeVisible();
  await list.focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('main').getByRole('heading', { name: 'Story clip 1', exact: true })).toBeVisible();
  await expect(list.getByRole('option', { name: /Story clip 1\b/ })).toHaveAttribute('aria-selected', 'true');
  await expect(list.getByRole('option', { name: /Story clip 1\b/ })).toHaveAttribute('aria-posinset', String(IN_STORY));
  expect(requests.filter((r) => r.storyId === story.id).map((r) => r.offset)).toEqual([0, 100]);
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('main').getByRole('heading', { name: 'Story clip 2', exact: true })).toBeVisible();
  await screenshot(page, 'library-story-filter-light');
  expect(await seriousA11yViolations(page), 'library filtered by story').toEqual([]);

  // Showing all clips again brings the whole library back.
  await library.getByRole('button', { name: 'Show all clips' }).click();
  await expect(library.getByText(String(IN_STORY + OUTSIDE), { exact: true })).toBeVisible();
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', String(IN_STORY + OUTSIDE));
});
