import { addSampleArticle, expect, openDesk, screenshot, test } from '../support/e2e-fixtures';
import { dragToSelect } from '../support/e2e-select-text';

const OTTAWA = '122 countries signed the Ottawa Convention';

/**
 * The path, by mouse: add the sample article, mark a claim, link a web source as supporting,
 * mark it verified with a rationale, see the highlight and the board follow, reload and find it all.
 */
test('mark a claim, link a supporting web source, verify it, and see the highlight and the board follow', async ({ page, app }) => {
  await openDesk(page, app);
  await addSampleArticle(page);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });

  // 2. Select the words with the mouse and mark them.
  await dragToSelect(page, OTTAWA);
  await page.getByRole('button', { name: 'Mark claim' }).click();
  const reader = page.getByRole('main', { name: 'Reader' });
  await expect(reader.locator('mark.hl-unverified', { hasText: OTTAWA })).toBeVisible();
  const detail = page.getByRole('region', { name: 'Selected claim' });
  await expect(detail).toContainText(OTTAWA);

  // Verified is refused until a supporting source is linked, and the form says so as soon as it is chosen.
  await detail.getByLabel('New status').selectOption('verified');
  await expect(detail.getByText('Add a supporting source to mark this verified')).toBeVisible();

  // 3. Add a web source inline and link it as supporting.
  await detail.getByRole('button', { name: 'Link a source' }).click();
  const link = page.getByRole('dialog', { name: 'Link a source' });
  await link.getByLabel('A new source').check();
  await link.getByLabel('Title of the new source').fill('Ottawa Convention: States Parties');
  await link.getByLabel('Kind').selectOption('web');
  await link.getByLabel('Web address (optional)').fill('https://treaties.example.org/ottawa/parties');
  await link.getByLabel(/^Supports/).check();
  await link.getByLabel('Quote from the source (optional)').fill('122 States signed the Convention in Ottawa on 3-4 December 1997.');
  await link.getByLabel('Where in it (optional)').fill('Signatories table');
  await link.getByRole('button', { name: 'Link source' }).click();
  await expect(link).toBeHidden();
  const supports = detail.getByRole('region', { name: 'Supports the claim' });
  await expect(supports).toContainText('Ottawa Convention: States Parties');
  await expect(supports).toContainText('Signatories table');
  await expect(page.getByRole('status').filter({ hasText: 'Linked “Ottawa Convention: States Parties”' })).toBeVisible();

  // 4. Mark it verified with a rationale.
  await detail.getByLabel('New status').selectOption('verified');
  await expect(detail.getByText('Add a supporting source to mark this verified')).toBeHidden();
  await detail.getByLabel(/^Rationale/).fill('The treaty depositary lists 122 signatories at the Ottawa conference.');
  await detail.getByRole('button', { name: 'Change status' }).click();
  await expect(detail.getByText('Status:').getByText('Verified')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Marked verified' })).toBeVisible();

  // 5. The highlight changes colour (its status class and its marker's word), and the card sits in Verified on the board.
  await expect(reader.locator('mark.hl-verified', { hasText: OTTAWA })).toBeVisible();
  await expect(reader.locator('mark.hl-unverified')).toHaveCount(0);
  await expect(reader.getByRole('button', { name: new RegExp(`^Verified claim: ${OTTAWA}`) })).toBeVisible();
  await screenshot(page, 'workflow-claim-detail-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'workflow-claim-detail-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('button', { name: 'Claims board' }).click();
  const board = page.getByRole('main', { name: 'Claims board' });
  const verified = board.getByRole('region', { name: 'Verified', exact: true });
  await expect(verified.locator('.board-card', { hasText: OTTAWA })).toBeVisible();
  await expect(verified).toContainText('1 supporting · no contradicting · no context');
  await expect(verified).toContainText('US to give Ukraine anti-personnel land mines');
  await expect(board.getByRole('region', { name: 'Unverified', exact: true }).locator('.board-card')).toHaveCount(0);

  // 6. Reload: the claim, its evidence, its status, its highlight and its place on the board are all kept.
  await page.reload();
  await expect(page.getByRole('main', { name: 'Reader' }).locator('mark.hl-verified', { hasText: OTTAWA })).toBeVisible();
  await page.getByRole('button', { name: 'Claims board' }).click();
  const card = page.getByRole('region', { name: 'Verified', exact: true }).getByRole('button', { name: new RegExp(OTTAWA) });
  await card.click();
  const again = page.getByRole('region', { name: 'Selected claim' });
  await expect(again.getByRole('region', { name: 'Supports the claim' })).toContainText('Ottawa Convention: States Parties');
  await expect(again.getByText('In progress → Verified').or(again.getByText('Unverified → Verified'))).toBeVisible();
  await expect(again.getByText('The treaty depositary lists 122 signatories at the Ottawa conference.')).toBeVisible();
  expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
});
