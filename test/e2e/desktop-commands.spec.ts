import type { Page, Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createAppCommandQueue, type AppCommandQueue } from '../../main/electron/app-command-queue';
import type { AppCommand } from '../../shared/api/app-views';
import type { ClipJob } from '../../shared/api/views';
import { NEWS_PATH, NEWS_TITLE, newsRoutes } from '../support/e2e-clip';
import { callApi, expect, openDesk, screenshot, seriousA11yViolations, test } from '../support/e2e-fixtures';
import { startPageServer, type PageServer } from '../support/page-server';

/**
 * The desktop app's menu reaches the page as commands it asks for with nextAppCommands (File > New
 * clip, Import File…, Export brief…, Help > Keyboard shortcuts). No Electron runs here, so the page's
 * nextAppCommands calls are answered by the desktop host's own command queue
 * (main/electron/app-command-queue.ts) through page.route, while every other call — the clip jobs
 * included — goes to the real browser-mode server.
 */

interface FakeDesktop {
  queue: AppCommandQueue;
  /** Every nextAppCommands input the page sent, in order. */
  calls: Array<{ after?: number }>;
  /** When each call arrived (ms since the epoch), in the same order. */
  times: number[];
  send(command: AppCommand): void;
}

/** How long the fake host holds an empty long poll: short, so a test never waits on one for long. */
const HOLD_MS = 400;

async function fakeDesktop(page: Page, options: { failFirst?: number } = {}): Promise<FakeDesktop> {
  const queue = createAppCommandQueue();
  const calls: Array<{ after?: number }> = [];
  const times: number[] = [];
  let failures = options.failFirst ?? 0;
  await page.route('**/api/nextAppCommands', async (route: Route) => {
    const input = (route.request().postDataJSON() ?? {}) as { after?: number };
    calls.push(input);
    times.push(Date.now());
    if (failures > 0) {
      failures -= 1;
      await route.fulfill({ status: 200, json: { ok: false, error: { code: 'internal', message: 'The app’s command queue is not ready.' } } });
      return;
    }
    const batch = await queue.next(input.after, HOLD_MS);
    await route.fulfill({ status: 200, json: { ok: true, value: batch } }).catch(() => undefined);
  });
  return { queue, calls, times, send: (command) => void queue.push(command) };
}

function clipDialog(page: Page) {
  return page.getByRole('dialog', { name: 'New clip' });
}

/** Starts a clip job the way main's File > Import File… does: startClip kind 'file' with the file's bytes. */
async function startFileJob(page: Page, name: string, content: string | Buffer): Promise<string> {
  const dataBase64 = Buffer.from(content).toString('base64');
  const started = await callApi<{ jobId: string }>(page, 'startClip', { kind: 'file', request: { name, dataBase64 } });
  return started.jobId;
}

async function jobState(page: Page, jobId: string): Promise<ClipJob> {
  return callApi<ClipJob>(page, 'getClipJob', { jobId });
}

const chart = readFileSync('test/fixtures/e2e-pages/riverside-park.png');

/** How many figures the saved page has: three waves of the clipper's four image downloads at a time. */
const FIGURES = 12;
/** A held figure is sent after this long anyway, inside the clipper's 10 s per-image limit, so a slow machine sees progress, not a timeout. */
const HOLD_FIGURE_MS = 8_000;

/**
 * A saved web page with figures the test holds back until it calls release(), so the import stays
 * in its "Images n/12" stage for as long as the test looks at it (up to about 24 s on a slow machine).
 */
async function budgetPage(): Promise<{ server: PageServer; html: string; release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const image = {
    handler: (_req: unknown, res: import('node:http').ServerResponse) => {
      const answer = () => {
        clearTimeout(timer);
        if (res.destroyed || res.headersSent) return;
        res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': chart.length });
        res.end(chart);
      };
      const timer = setTimeout(answer, HOLD_FIGURE_MS);
      res.on('close', () => clearTimeout(timer));
      void released.then(answer);
    },
  };
  const numbers = Array.from({ length: FIGURES }, (_, i) => i + 1);
  const server = await startPageServer(Object.fromEntries(numbers.map((n) => [`/img/figure-${n}.png`, image])));
  const paragraph = (text: string) => `<p>${text} ${'The finance committee heard from residents, unions and the auditor before the vote. '.repeat(3)}</p>`;
  const figures = numbers
    .map((n) => `<figure><img src="${server.url(`/img/figure-${n}.png`)}" alt="Spending chart ${n}"><figcaption>Spending by department, chart ${n}</figcaption></figure>`)
    .join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council budget grows by 4%</title></head><body>
<article><h1>Council budget grows by 4%</h1>
${paragraph('The city council approved a budget of 412 million euros on Tuesday, 4% more than last year.')}
${figures}
${paragraph('Housing receives the largest increase, 11%, the mayor said after the vote.')}
${paragraph('Three councillors voted against, citing the cost of the new tram line.')}
</article></body></html>`;
  return { server, html, release };
}

/** What Cancel is described by while the figures are being fetched: the file, then the stage. */
const IMAGES_DESCRIPTION = new RegExp(`^Importing “Budget 2025\\.html” Images \\d+/${FIGURES}$`);

/** The progress bar while the figures are being fetched. */
const IMAGES_STAGE = new RegExp(`^Images \\d+/${FIGURES}$`);

test('File > Import File…: the Clip dialog follows main’s job, with its name and progress, then opens the clip', async ({ page, app }) => {
  const desktop = await fakeDesktop(page);
  const budget = await budgetPage();
  try {
    await openDesk(page, app);
    const jobId = await startFileJob(page, 'Budget 2025.html', budget.html);
    desktop.send({ kind: 'show-clip-job', jobId, label: 'Budget 2025.html' });

    const dialog = clipDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Importing “Budget 2025.html”')).toBeVisible();
    const bar = dialog.getByRole('progressbar');
    await expect(bar).toHaveAttribute('aria-valuetext', IMAGES_STAGE);
    // Nothing to type while main's job runs: the keyboard lands on Cancel, which says what it would stop.
    const cancel = dialog.getByRole('button', { name: 'Cancel' });
    await expect(cancel).toBeFocused();
    await expect(cancel).toHaveAccessibleDescription(IMAGES_DESCRIPTION);
    // The job is main's: no empty form beside it, and nothing else to start meanwhile.
    await expect(dialog.getByRole('tab')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Clip', exact: true })).toHaveCount(0);

    await screenshot(page, 'desktop-import-attached-light');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(bar).toHaveAttribute('aria-valuetext', IMAGES_STAGE);
    await screenshot(page, 'desktop-import-attached-dark');
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Both scans saw the dialog with the import still running.
    await expect(bar).toHaveAttribute('aria-valuetext', IMAGES_STAGE);
    await page.emulateMedia({ colorScheme: 'light' });

    budget.release();
    await expect(dialog).toBeHidden({ timeout: 20_000 });
    const reader = page.getByRole('main');
    await expect(reader.getByRole('heading', { name: 'Council budget grows by 4%', level: 2 })).toBeVisible();
    // The figures the dialog counted were kept with the clip.
    await reader.getByRole('group', { name: 'Show the clip as' }).getByRole('button', { name: 'Article' }).click();
    await expect(reader.getByRole('region', { name: 'Article' }).locator('img')).toHaveCount(FIGURES);
    expect((await jobState(page, jobId)).state).toBe('done');
    expect((await callApi<{ total: number }>(page, 'listClips', {})).total).toBe(1);
  } finally {
    budget.release();
    await budget.server.close();
  }
});

test('an imported file already in the notebook is opened, with no offer of a new version for main’s job', async ({ page, app }) => {
  const desktop = await fakeDesktop(page);
  await openDesk(page, app);
  const minutes = 'Harbour minutes\n\nThe harbour board met on Monday and approved the new ferry timetable.';
  const first = await startFileJob(page, 'harbour-minutes.txt', minutes);
  desktop.send({ kind: 'show-clip-job', jobId: first, label: 'harbour-minutes.txt' });
  await expect(page.getByRole('main').getByRole('heading', { name: 'Harbour minutes', level: 2 })).toBeVisible({ timeout: 20_000 });
  await expect(clipDialog(page)).toBeHidden();

  const again = await startFileJob(page, 'harbour-minutes.txt', minutes);
  desktop.send({ kind: 'show-clip-job', jobId: again, label: 'harbour-minutes.txt' });
  const dialog = clipDialog(page);
  await expect(dialog.getByText('Already in your notebook — opened it: “Harbour minutes”.')).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByRole('button', { name: 'Clip as a new version' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close New clip' }).click();
  await expect(dialog).toBeHidden();
  expect((await callApi<{ total: number }>(page, 'listClips', {})).total).toBe(1);
});

test('a failed import shows why in words; Esc closes the dialog', async ({ page, app }) => {
  const desktop = await fakeDesktop(page);
  await openDesk(page, app);
  const jobId = await startFileJob(page, 'blank notes.txt', '   \n\n   \n');
  desktop.send({ kind: 'show-clip-job', jobId, label: 'blank notes.txt' });
  const dialog = clipDialog(page);
  await expect(dialog.getByRole('alert')).toHaveText('blank notes.txt holds only blank space: there is nothing to clip.', { timeout: 20_000 });
  await expect(dialog.getByText('Importing “blank notes.txt”')).toBeVisible();
  await expect(dialog.getByRole('progressbar')).toHaveCount(0);
  // When it has ended the File tab is back, to pick the file again or another one.
  await expect(dialog.getByRole('tab', { name: 'File' })).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.getByLabel('Document')).toBeEnabled();
  await screenshot(page, 'desktop-import-failed');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await callApi<{ total: number }>(page, 'listClips', {})).total).toBe(0);
  // The desk carries on: the next menu command still arrives.
  desktop.send({ kind: 'new-clip', tab: 'paste' });
  await expect(dialog.getByRole('tab', { name: 'Paste' })).toHaveAttribute('aria-selected', 'true');
});

test('closing the dialog on a running import cancels it, and nothing is saved', async ({ page, app }) => {
  const desktop = await fakeDesktop(page);
  const budget = await budgetPage();
  try {
    await openDesk(page, app);
    const jobId = await startFileJob(page, 'Budget 2025.html', budget.html);
    desktop.send({ kind: 'show-clip-job', jobId, label: 'Budget 2025.html' });
    const dialog = clipDialog(page);
    await expect(dialog.getByRole('progressbar')).toHaveAttribute('aria-valuetext', IMAGES_STAGE);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect.poll(async () => (await jobState(page, jobId)).state).toBe('cancelled');
    budget.release();
    expect((await callApi<{ total: number }>(page, 'listClips', {})).total).toBe(0);
  } finally {
    budget.release();
    await budget.server.close();
  }
});

test('Cancel, from the keyboard, stops main’s import; nothing is saved', async ({ page, app }) => {
  const desktop = await fakeDesktop(page);
  const budget = await budgetPage();
  try {
    await openDesk(page, app);
    const jobId = await startFileJob(page, 'Budget 2025.html', budget.html);
    desktop.send({ kind: 'show-clip-job', jobId, label: 'Budget 2025.html' });
    const dialog = clipDialog(page);
    await expect(dialog.getByRole('progressbar')).toHaveAttribute('aria-valuetext', IMAGES_STAGE);
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog.getByText('Cancelled. Nothing was saved.')).toBeVisible();
    expect((await jobState(page, jobId)).state).toBe('cancelled');
    // The dialog is the reporter's again: another file can be picked.
    await expect(dialog.getByLabel('Document')).toBeEnabled();
    budget.release();
    expect((await callApi<{ total: number }>(page, 'listClips', {})).total).toBe(0);
  } finally {
    budget.release();
    await budget.server.close();
  }
});

test('a web address handed to the app is followed on the Web address tab, then opened', async ({ page, app }) => {
  const desktop = await fakeDesktop(page);
  const pages = await startPageServer(newsRoutes({ slow: true }));
  try {
    await openDesk(page, app);
    const url = pages.url(NEWS_PATH);
    const { jobId } = await callApi<{ jobId: string }>(page, 'startClip', { kind: 'url', request: { url } });
    desktop.send({ kind: 'show-clip-job', jobId, label: url });
    const dialog = clipDialog(page);
    await expect(dialog.getByText(`Clipping ${url}`)).toBeVisible();
    await expect(dialog.getByRole('progressbar')).toBeVisible();
    await expect(dialog).toBeHidden({ timeout: 20_000 });
    await expect(page.getByRole('main').getByRole('heading', { name: NEWS_TITLE, level: 2 })).toBeVisible();
  } finally {
    await pages.close();
  }
});

test('File > New clip opens the Clip dialog on the tab the menu item names', async ({ page, app }) => {
  const desktop = await fakeDesktop(page);
  await openDesk(page, app);
  const dialog = clipDialog(page);
  const fields = {
    url: dialog.getByRole('textbox', { name: 'Web address' }),
    file: dialog.getByLabel('Document'),
    paste: dialog.getByRole('textbox', { name: 'Pasted article' }),
  };
  const tabs = { url: 'Web address', file: 'File', paste: 'Paste' } as const;
  for (const tab of ['url', 'file', 'paste'] as const) {
    desktop.send({ kind: 'new-clip', tab });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('tab', { name: tabs[tab] })).toHaveAttribute('aria-selected', 'true');
    await expect(fields[tab]).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});

test('File > Export brief… and Help > Keyboard shortcuts open their dialogs', async ({ page, app }) => {
  const desktop = await fakeDesktop(page);
  await openDesk(page, app);
  desktop.send({ kind: 'export-brief' });
  const brief = page.getByRole('dialog', { name: 'Export brief' });
  await expect(brief).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(brief).toBeHidden();

  desktop.send({ kind: 'show-shortcuts' });
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toBeVisible();
  await shortcuts.getByRole('button', { name: 'Close Keyboard shortcuts' }).click();
  await expect(shortcuts).toBeHidden();
});

test('the page passes on the sequence it was given, and a reloaded page does not replay old commands', async ({ page, app }) => {
  const desktop = await fakeDesktop(page);
  await openDesk(page, app);
  desktop.send({ kind: 'show-shortcuts' });
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toBeVisible();
  // After the batch with seq 1, the page asks for what came after 1.
  await expect.poll(() => desktop.calls.some((input) => input.after === 1)).toBe(true);
  expect(desktop.calls[0]).toEqual({});

  const before = desktop.calls.length;
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Newsroom Notebook', level: 1 })).toBeVisible();
  // The reloaded page starts afresh ("whatever I have not been given yet") and has asked at least twice.
  await expect.poll(() => desktop.calls.length - before, { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
  expect(desktop.calls[before]).toEqual({});
  await expect(shortcuts).toBeHidden();

  desktop.send({ kind: 'export-brief' });
  await expect(page.getByRole('dialog', { name: 'Export brief' })).toBeVisible();
  await expect(shortcuts).toBeHidden();
});

test('an error answer from nextAppCommands is retried after a pause, and the desk keeps working', async ({ page, app }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const desktop = await fakeDesktop(page, { failFirst: 1 });
  await openDesk(page, app);
  // The desk works while the command loop waits to try again.
  await page.getByRole('banner').getByRole('button', { name: 'New clip' }).click();
  await expect(clipDialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alert')).toHaveCount(0);

  desktop.send({ kind: 'show-shortcuts' });
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible({ timeout: 10_000 });
  // One failure, then a pause before asking again: not a tight loop of retries.
  const [failedAt, retriedAt] = desktop.times;
  expect(retriedAt! - failedAt!).toBeGreaterThanOrEqual(1_500);
  expect(errors).toEqual([]);
});

test('in browser mode the page asks once, is told no commands will come, and stops', async ({ page, app }) => {
  let asked = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/api/nextAppCommands')) asked += 1;
  });
  await openDesk(page, app);
  await expect.poll(() => asked).toBe(1);
  await page.waitForTimeout(2_500);
  expect(asked).toBe(1);
});
