import { expect, openDesk, screenshot, test } from '../support/e2e-fixtures';

const CLIPS = 230; // more than two pages of the library's 100

test('the library pages and virtualises a long list: only rows in view are in the page, and End jumps to the oldest clip', async ({ page, app }) => {
  await openDesk(page, app);
  await page.evaluate(async (count) => {
    const api = (window as unknown as { notebook: Record<string, (i: unknown) => Promise<{ ok: boolean }>> }).notebook;
    for (let i = 1; i <= count; i++) {
      const result = await api.addTextClip!({ title: `Clip number ${i}`, text: `Body of clip number ${i}.` });
      if (!result.ok) throw new Error(`clip ${i} was not added`);
    }
  }, CLIPS);
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/listClips')) requests.push(request.postData() ?? '');
  });
  await page.reload();

  const library = page.getByRole('listbox', { name: 'Clips' });
  await expect(page.getByRole('navigation', { name: 'Library' }).getByText(String(CLIPS), { exact: true })).toBeVisible();
  await expect(library.getByRole('option', { name: new RegExp(`Clip number ${CLIPS}\\b`) })).toHaveAttribute('aria-selected', 'true');
  const rendered = await library.getByRole('option').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(60);
  // The first load asks for one page, never for everything.
  expect(requests.map((body) => JSON.parse(body) as { limit: number; offset: number })[0]).toEqual({ offset: 0, limit: 100 });

  await library.focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('main').getByRole('heading', { name: 'Clip number 1', exact: true })).toBeVisible();
  await expect(library.getByRole('option', { name: /Clip number 1\b/ })).toHaveAttribute('aria-posinset', String(CLIPS));
  await screenshot(page, 'library-end-light');
  // Only the first page and the last one were fetched: the pages skipped over were never asked for.
  const offsets = requests.map((body) => (JSON.parse(body) as { offset: number }).offset);
  expect(offsets).toEqual([0, 200]);

  await page.keyboard.press('Home');
  await expect(page.getByRole('main').getByRole('heading', { name: `Clip number ${CLIPS}`, exact: true })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('main').getByRole('heading', { name: `Clip number ${CLIPS - 10}`, exact: true })).toBeVisible();
});
