import { readFileSync } from 'node:fs';
import { addSampleArticle, callApi, expect, openDesk, screenshot, seriousA11yViolations, test } from '../support/e2e-fixtures';
import { pdfPageTexts } from '../support/pdf-text';

const QUOTES = {
  ottawa: '122 countries signed the Ottawa Convention banning anti-personnel land mines',
  notSigned: 'But neither Russia nor the United States signed it.',
  washington: 'Washington hopes to use these mines on their territory in Ukraine.',
  open: 'Russia has been using anti-personnel land mines since the beginning of the invasion',
};

/** The sample article checked through the API: two claims verified, one false, one still in progress. */
async function checkSampleArticle(page: import('@playwright/test').Page): Promise<void> {
  const clips = await callApi<{ items: { id: string }[] }>(page, 'listClips', {});
  const clipId = clips.items[0]!.id;
  const claim = (quote: string) => callApi<{ id: string }>(page, 'addClaim', { clipId, quote });
  const [ottawa, notSigned, washington, open] = [await claim(QUOTES.ottawa), await claim(QUOTES.notSigned), await claim(QUOTES.washington), await claim(QUOTES.open)];
  const treaty = await callApi<{ id: string }>(page, 'addSource', {
    kind: 'document',
    title: 'Mine Ban Convention',
    publisher: 'United Nations Treaty Collection',
    url: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26',
    accessedDate: '2025-02-28',
  });
  const icbl = await callApi<{ id: string }>(page, 'addSource', {
    kind: 'dataset',
    title: 'Treaty Status',
    publisher: 'International Campaign to Ban Landmines',
    url: 'https://www.icbl.org/en-gb/the-treaty/treaty-status.aspx',
  });
  const dod = await callApi<{ id: string }>(page, 'addSource', { kind: 'record', title: 'Austin remarks to traveling press', publisher: 'U.S. Department of Defense' });
  const link = (claimId: string, sourceId: string, stance: string, quote?: string) =>
    callApi(page, 'addEvidence', { claimId, sourceId, stance, ...(quote ? { quote } : {}) });
  await link(ottawa.id, treaty.id, 'supports', 'open for signature at Ottawa, Canada, by all States from 3 December 1997 until 4 December 1997');
  await link(notSigned.id, icbl.id, 'supports');
  await link(washington.id, dod.id, 'contradicts');
  await callApi(page, 'setClaimStatus', { id: ottawa.id, status: 'verified', rationale: 'Article 15 opened the Convention for signature in Ottawa.' });
  await callApi(page, 'setClaimStatus', { id: notSigned.id, status: 'verified', rationale: 'Neither state is on the list of signatories.' });
  await callApi(page, 'setClaimStatus', { id: washington.id, status: 'false', rationale: 'Ukraine, not the United States, will lay the mines.' });
  await callApi(page, 'setClaimStatus', { id: open.id, status: 'in_progress' });
}

test('a reporter previews a brief, sees the open claim left out, and exports Markdown, PDF and HTML', async ({ page, app }) => {
  test.setTimeout(120_000);
  await openDesk(page, app);
  await addSampleArticle(page);
  await checkSampleArticle(page);
  await page.reload();
  await expect(page.getByRole('main').getByRole('heading', { name: 'US to give Ukraine anti-personnel land mines' })).toBeVisible();

  // Ctrl+E opens the dialog on the open clip.
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export brief' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /Open clip: US to give Ukraine/ })).toBeChecked();
  const preview = dialog.getByRole('region', { name: /Preview/ }).last();
  await expect(dialog.getByRole('heading', { name: /Preview — 3 with a verdict, 3 sources/ })).toBeVisible();
  await expect(dialog.getByRole('status').filter({ hasText: 'Before you send it' })).toContainText(`"${QUOTES.open}" (in progress)`);
  await expect(preview).toContainText(QUOTES.washington);
  await expect(preview).toContainText('Article 15 opened the Convention for signature in Ottawa.');
  await expect(preview).not.toContainText(QUOTES.open);
  expect(await seriousA11yViolations(page), 'export dialog').toEqual([]);
  await screenshot(page, 'brief-export-dialog');

  // Including the claims still being checked moves the open claim into the preview.
  await dialog.getByRole('checkbox', { name: /Include claims still being checked/ }).check();
  await expect(preview).toContainText('Still being checked');
  await expect(preview).toContainText(QUOTES.open);
  await dialog.getByRole('checkbox', { name: /Include claims still being checked/ }).uncheck();
  await expect(preview).not.toContainText(QUOTES.open);

  // Markdown, from the keyboard: choose the format and press Enter in the form.
  await dialog.getByLabel('Format').selectOption('md');
  const mdDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export Markdown' }).press('Enter');
  const md = await mdDownload;
  expect(md.suggestedFilename()).toBe(`fact-check-brief-us-to-give-ukraine-anti-personnel-land-${new Date().toISOString().slice(0, 10)}.md`);
  const markdown = readFileSync((await md.path())!, 'utf8');
  expect(markdown).toContain(`### 1. ${QUOTES.washington}`);
  expect(markdown).toContain('**Verdict:** False');
  expect(markdown.match(/\*\*Verdict:\*\* Verified/g)).toHaveLength(2);
  expect(markdown).toContain('**Rationale:** Ukraine, not the United States, will lay the mines.');
  expect(markdown).toMatch(/^1\. <a id="source-1"><\/a>\*\*Austin remarks to traveling press\*\*/m);
  expect(markdown).not.toContain(QUOTES.open);
  await expect(dialog.getByText(`Downloaded “${md.suggestedFilename()}”`)).toBeVisible();

  // PDF: progress while Chromium prints, then the file.
  await dialog.getByLabel('Format').selectOption('pdf');
  const pdfDownload = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  const pdf = await pdfDownload;
  const pdfBytes = readFileSync((await pdf.path())!);
  expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pdfText = (await pdfPageTexts(new Uint8Array(pdfBytes))).join(' ').replace(/\s+/g, '');
  for (const quote of [QUOTES.ottawa, QUOTES.notSigned, QUOTES.washington]) expect(pdfText).toContain(quote.replace(/\s+/g, ''));
  expect(pdfText).toContain('Verdict:False');
  expect(pdfText).toContain('Page1of');
  await expect(dialog.getByText(`Downloaded “${pdf.suggestedFilename()}”`)).toBeVisible();
  await screenshot(page, 'brief-export-done');

  // HTML: opened in the browser, it loads nothing and passes axe.
  await dialog.getByLabel('Format').selectOption('html');
  const htmlDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export HTML' }).click();
  const html = await htmlDownload;
  const htmlText = readFileSync((await html.path())!, 'utf8');
  expect(htmlText).not.toContain('<script');
  const reader = await page.context().newPage();
  const requests: string[] = [];
  reader.on('request', (request) => requests.push(request.url()));
  await reader.setContent(htmlText);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Fact-check brief: US to give Ukraine anti-personnel land mines');
  expect(await seriousA11yViolations(reader), 'exported HTML').toEqual([]);
  await screenshot(reader, 'brief-exported-html');
  expect(requests).toEqual([]);
});

test('the Export brief button offers a story and ticked claims, and says why nothing can be exported yet', async ({ page, app }) => {
  await openDesk(page, app);
  await addSampleArticle(page);
  const clips = await callApi<{ items: { id: string }[] }>(page, 'listClips', {});
  await callApi(page, 'addClaim', { clipId: clips.items[0]!.id, quote: QUOTES.ottawa });
  await page.reload();
  await page.getByRole('button', { name: 'Export brief' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export brief' });
  await expect(dialog.getByRole('alert')).toContainText('Include claims still being checked');
  await expect(dialog.getByRole('button', { name: /^Export / })).toBeDisabled();
  await dialog.getByRole('radio', { name: 'A story' }).check();
  await expect(dialog.getByText('There is no story yet.')).toBeVisible();
  await dialog.getByRole('radio', { name: /Claims I choose/ }).check();
  await expect(dialog.getByText('Tick at least one claim.')).toBeVisible();
  await dialog.getByRole('checkbox', { name: new RegExp(QUOTES.ottawa) }).check();
  await dialog.getByRole('checkbox', { name: /Include claims still being checked/ }).check();
  await expect(dialog.getByRole('region', { name: /Preview/ }).last()).toContainText('Still being checked');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
