import { addSampleArticle, callApi, expect, openDesk, screenshot, seriousA11yViolations, test } from '../support/e2e-fixtures';

test('create a person source with every field, edit it, see the claims it serves; deleting it asks first and the trash restores it', async ({ page, app }) => {
  await openDesk(page, app);
  await addSampleArticle(page);
  await page.keyboard.press('Alt+3');
  const view = page.getByRole('main', { name: 'Sources' });
  await expect(view.getByText('No sources yet.')).toBeVisible();

  await view.getByRole('button', { name: 'New source' }).click();
  const pane = page.getByRole('complementary', { name: 'New source' });
  const form = pane.getByRole('form', { name: 'New source' });
  await form.getByLabel('Kind').selectOption('person');
  await form.getByLabel('Name', { exact: true }).fill('Maria Koval');
  await form.getByLabel('Publisher').fill('Ministry of Defence of Ukraine');
  await form.getByLabel('Role').fill('Press officer');
  await form.getByLabel('How reached').fill('Phone');
  await form.getByLabel('When reached').fill('2024-11-20');
  await form.getByLabel('May be named in the story').check();
  await form.getByLabel('Reliability').selectOption('high');
  await form.getByLabel('Why').fill('Official spokesperson, on the record');
  await form.getByLabel('Notes').fill('Confirmed the delivery schedule.');
  await form.getByRole('button', { name: 'Add source' }).click();

  const detail = page.getByRole('region', { name: 'Maria Koval' });
  await expect(detail).toContainText('Press officer');
  await expect(detail).toContainText('High reliability');
  await expect(detail).toContainText('Official spokesperson, on the record');
  await expect(detail).toContainText('May be named');
  await expect(view.getByRole('button', { name: /Maria Koval/ })).toContainText('Person');

  await detail.getByRole('button', { name: 'Edit source' }).click();
  const edit = page.getByRole('form', { name: 'Edit “Maria Koval”' });
  await edit.getByLabel('Publisher').fill('Ministry of Defence');
  await edit.getByRole('button', { name: 'Save source' }).click();
  await expect(page.getByRole('region', { name: 'Maria Koval' })).toContainText('Ministry of Defence');

  // A web source that a claim relies on.
  const clips = await callApi<{ items: { id: string }[] }>(page, 'listClips', {});
  const claim = await callApi<{ id: string }>(page, 'addClaim', { clipId: clips.items[0]!.id, quote: 'the US has closed its embassy in Kiev' });
  const web = await callApi<{ id: string }>(page, 'addSource', { title: 'Embassy alert', kind: 'web', url: 'https://embassy.example.org/alert' });
  await callApi(page, 'addEvidence', { claimId: claim.id, sourceId: web.id, stance: 'supports' });
  await page.reload();
  await page.getByRole('button', { name: 'Sources' }).click();
  await page.getByRole('main', { name: 'Sources' }).getByRole('button', { name: /Embassy alert/ }).click();
  const alert = page.getByRole('region', { name: 'Embassy alert' });
  await expect(alert.getByRole('button', { name: /the US has closed its embassy in Kiev/ })).toContainText('Unverified');

  expect(await seriousA11yViolations(page), 'sources view, light').toEqual([]);
  await screenshot(page, 'sources-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousA11yViolations(page), 'sources view, dark').toEqual([]);
  await screenshot(page, 'sources-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Deleting a source a claim uses asks first; keeping it changes nothing.
  await alert.getByRole('button', { name: 'Delete source' }).click();
  const ask = page.getByRole('dialog', { name: 'Delete “Embassy alert”?' });
  await expect(ask).toContainText(/evidence for 1 claim/);
  await screenshot(page, 'sources-delete-asks-light');
  await ask.getByRole('button', { name: 'Keep the source' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('main', { name: 'Sources' }).getByRole('button', { name: /Embassy alert/ })).toBeVisible();

  await alert.getByRole('button', { name: 'Delete source' }).click();
  await ask.getByRole('button', { name: 'Delete anyway' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('main', { name: 'Sources' }).getByRole('button', { name: /Embassy alert/ })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Moved “Embassy alert” to the trash' })).toBeVisible();

  // The trash holds it until it is restored.
  await page.keyboard.press('Alt+4');
  const trash = page.getByRole('main', { name: 'Trash' });
  await expect(trash.getByText('Embassy alert')).toBeVisible();
  expect(await seriousA11yViolations(page), 'trash view').toEqual([]);
  await trash.getByRole('button', { name: 'Restore the source “Embassy alert”' }).click();
  await expect(trash.getByText('No deleted sources.')).toBeVisible();
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('main', { name: 'Sources' }).getByRole('button', { name: /Embassy alert/ })).toBeVisible();
});

test('a source no claim uses is deleted without a question', async ({ page, app }) => {
  await openDesk(page, app);
  await callApi(page, 'addSource', { title: 'Unused dataset', kind: 'dataset' });
  await page.reload();
  await page.getByRole('button', { name: 'Sources' }).click();
  await page.getByRole('main', { name: 'Sources' }).getByRole('button', { name: /Unused dataset/ }).click();
  await page.getByRole('region', { name: 'Unused dataset' }).getByRole('button', { name: 'Delete source' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('main', { name: 'Sources' }).getByText('No sources yet.')).toBeVisible();
});
