import { expect, openDesk, screenshot, seriousA11yViolations, test } from '../support/e2e-fixtures';

const STORIES = 120; // more than two pages of the list's 50, and more than the old cap of 50

test('every story is in reach: the stories list pages and finds, the board filter and Export brief offer them all', async ({ page, app }) => {
  await openDesk(page, app);
  await page.evaluate(async (count) => {
    const api = (window as unknown as { notebook: Record<string, (input: unknown) => Promise<{ ok: boolean }>> }).notebook;
    for (let i = 1; i <= count; i++) if (!(await api.addStory!({ title: `Story ${i}` })).ok) throw new Error(`story ${i} was not added`);
  }, STORIES);
  const requests: { offset: number; limit: number }[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/listStories')) requests.push(JSON.parse(request.postData() ?? '{}') as (typeof requests)[number]);
  });
  await page.reload();

  // The list shows the newest 50, says how many there are, and shows more on request.
  const library = page.getByRole('navigation', { name: 'Library' });
  const storyButtons = library.locator('.story-filter');
  await expect(library.getByText(`Showing 50 of ${STORIES} stories.`)).toBeVisible();
  await expect(storyButtons).toHaveCount(50);
  await expect(storyButtons.first()).toContainText(`Story ${STORIES}`);
  await library.getByRole('button', { name: 'Show 50 more stories' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'many-stories-more');
  await library.getByRole('button', { name: 'Show 50 more stories' }).click();
  await expect(storyButtons).toHaveCount(100);
  await library.getByRole('button', { name: 'Show 20 more stories' }).click();
  await expect(storyButtons).toHaveCount(STORIES);
  await expect(library.getByText(/Showing \d+ of/)).toHaveCount(0);
  // One request fetched them all.
  expect(requests).toEqual([{ offset: 0, limit: 500 }]);

  // The oldest story, past the old cap, filters the library like any other.
  const oldest = library.getByRole('button', { name: /^Story 1 no clips/ });
  await oldest.click();
  await expect(oldest).toHaveAttribute('aria-pressed', 'true');
  await expect(library.getByText('In “Story 1”.')).toBeVisible();

  // Finding by title narrows the list, to the titles that hold the words.
  const find = library.getByLabel('Find a story');
  await find.fill('story 7');
  await expect(storyButtons).toHaveCount(11); // Story 7 and 70–79
  await find.fill('story 12');
  await expect(storyButtons).toHaveCount(2); // Story 12 and 120
  await find.fill('no such');
  await expect(library.getByText('No story has “no such” in its title.')).toBeVisible();
  await find.fill('');
  await screenshot(page, 'many-stories-list');
  expect(await seriousA11yViolations(page), 'stories list with many stories').toEqual([]);

  // The board's story filter offers every story, the oldest too, and starts on the one filtered by.
  await library.getByRole('button', { name: /^Claims board/ }).click();
  const storyFilter = page.getByRole('group', { name: 'Filter the board' }).getByLabel('Story');
  await expect(storyFilter.locator('option')).toHaveCount(STORIES + 1);
  await expect(storyFilter).toHaveValue(await storyFilter.locator('option', { hasText: /^Story 1$/ }).getAttribute('value') ?? '');
  await storyFilter.selectOption({ label: 'Story 2' });
  await expect(storyFilter.locator('option:checked')).toHaveText('Story 2');

  // Export brief's story choice offers every story.
  await page.getByRole('button', { name: 'Export brief', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export brief' });
  await dialog.getByRole('radio', { name: 'A story' }).check();
  const storyChoice = dialog.getByLabel('Story', { exact: true });
  await expect(storyChoice.locator('option')).toHaveCount(STORIES);
  await storyChoice.selectOption({ label: 'Story 1' });
  await expect(storyChoice.locator('option:checked')).toHaveText('Story 1');
});
