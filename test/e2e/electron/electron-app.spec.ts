import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { METHOD_NAMES } from '../../../shared/api/method-names';
import { findElectronBinary, nodeBinaryProbe } from '../../../main/launch/electron-binary';
import { missingDisplay } from '../../../main/launch/electron-failure';
import { addSampleArticle, callApi } from '../../support/e2e-fixtures';
import { dragToSelect } from '../../support/e2e-select-text';

/**
 * The desktop app itself, launched with Playwright's Electron driver, walked through as a reporter
 * would: open a fresh notebook, add the sample article, mark a claim, export a brief; then the
 * renderer's lockdown (no require, no process) and a link that must not navigate the window.
 *
 * Where this machine cannot run Electron (binary never downloaded, no display, app not built) every
 * step is skipped with the reason: a skip, reported as one, never a pass. Finding the binary never
 * triggers its download. Native dialogs (save, message boxes) cannot be clicked by Playwright, so
 * the main process's dialog and shell functions are replaced by recorders for the run.
 */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function whyElectronUnavailable(): string | null {
  const binary = findElectronBinary(nodeBinaryProbe(import.meta.url));
  if (!binary.ok) return binary.detail;
  if (missingDisplay(process.platform, process.env)) return 'no display (DISPLAY and WAYLAND_DISPLAY are unset)';
  if (!existsSync(path.join(projectRoot, 'dist', 'main', 'electron-main.js'))) return 'the app is not built (run npm run build)';
  return null;
}

const unavailable = whyElectronUnavailable();
// Say why in the run's output too: the list reporter shows a skip but not its reason.
if (unavailable !== null) console.log(`SKIPPED (not passed): the Electron app tests need an Electron binary: ${unavailable}`);

const APP_URL = 'app://notebook/index.html';
const CLAIM = 'agreed to give Ukraine anti-personnel land mines';
const LINK_CLIP_TITLE = 'Council report with a link';
const LINK_URL = 'https://example.org/council-report';

/** What the replaced main-process functions saw. */
interface MainRecord {
  opened: string[];
  asked: string[];
  saved: string[];
}

test.describe('the Electron app', () => {
  test.skip(unavailable !== null, `Electron binary not available on this machine: ${unavailable}`);
  // One app for the whole walk-through: each step starts where the previous one left off.
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let window: Page;
  let notebookDir: string;
  let saveDir: string;

  const mainRecord = () => app.evaluate(() => (globalThis as unknown as { __e2e: MainRecord }).__e2e);

  test.beforeAll(async () => {
    notebookDir = await mkdtemp(path.join(tmpdir(), 'nn-electron-'));
    saveDir = await mkdtemp(path.join(tmpdir(), 'nn-electron-save-'));
    const binary = findElectronBinary(nodeBinaryProbe(import.meta.url));
    if (!binary.ok) throw new Error(binary.detail);
    // Chromium will not run its sandbox as root (CI containers); the app's own sandbox flags still apply.
    const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    app = await electron.launch({ executablePath: binary.path, args: [projectRoot, ...rootArgs, '--notebook', notebookDir] });
    await app.evaluate(({ dialog, session, shell }, dir) => {
      const record: MainRecord = { opened: [], asked: [], saved: [] };
      (globalThis as unknown as { __e2e: MainRecord }).__e2e = record;
      const nameIn = (defaultPath: unknown) => String(defaultPath ?? 'brief').split(/[\\/]/).pop() || 'brief';
      // The system browser is never started: record the address instead.
      shell.openExternal = async (url: string) => {
        record.opened.push(url);
      };
      // Every native question is answered "Cancel" (the last button), after noting what was asked.
      dialog.showMessageBox = (async (...args: unknown[]) => {
        const options = (args.length > 1 ? args[1] : args[0]) as { message?: string; buttons?: string[] };
        record.asked.push(options.message ?? '');
        return { response: Math.max(0, (options.buttons?.length ?? 1) - 1), checkboxChecked: false };
      }) as typeof dialog.showMessageBox;
      // "Save as" answers with a file in the test's folder, keeping the name the app proposed.
      dialog.showSaveDialog = (async (...args: unknown[]) => {
        const options = (args.length > 1 ? args[1] : args[0]) as { defaultPath?: string };
        const filePath = `${dir}/${nameIn(options.defaultPath)}`;
        record.saved.push(filePath);
        return { canceled: false, filePath };
      }) as typeof dialog.showSaveDialog;
      // A renderer download (the export's fallback) lands there too, without a dialog.
      session.defaultSession.on('will-download', (_event, item) => {
        const filePath = `${dir}/${item.getFilename()}`;
        record.saved.push(filePath);
        item.setSavePath(filePath);
      });
    }, saveDir);
    window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    await rm(notebookDir, { recursive: true, force: true });
    await rm(saveDir, { recursive: true, force: true });
  });

  test('1. launches on a temporary notebook, in one window on app://', async () => {
    expect(window.url()).toBe(APP_URL);
    const info = await callApi<{ path: string }>(window, 'getNotebookInfo', {});
    expect(info.path).toBe(notebookDir);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  test('2. adds the sample article', async () => {
    await addSampleArticle(window);
    await expect(window.getByRole('option', { name: /US to give Ukraine anti-personnel land mines/ })).toBeVisible();
  });

  test('3. marks a claim in the reader', async () => {
    await dragToSelect(window, CLAIM);
    await window.getByRole('button', { name: 'Mark claim' }).click();
    await expect(window.getByRole('main').locator('mark.hl', { hasText: CLAIM })).toBeVisible();
    const item = window.getByRole('complementary', { name: 'Claims' }).getByRole('button', { name: new RegExp(CLAIM) });
    await expect(item).toContainText('Unverified');
  });

  test('4. exports a brief of the clip to a Markdown file', async () => {
    // File > Export Brief… (Ctrl/Cmd+E is a native accelerator, which page key events do not reach).
    const clicked = await app.evaluate(({ Menu }) => {
      type Item = { label: string; click: () => void; submenu?: { items: Item[] } | null };
      const find = (items: Item[]): Item | undefined => {
        for (const item of items) {
          if (item.label.startsWith('Export Brief')) return item;
          const inner = item.submenu ? find(item.submenu.items) : undefined;
          if (inner) return inner;
        }
        return undefined;
      };
      const item = find((Menu.getApplicationMenu()?.items ?? []) as unknown as Item[]);
      item?.click();
      return item !== undefined;
    });
    expect(clicked, 'the application menu has Export Brief…').toBe(true);
    const dialog = window.getByRole('dialog', { name: 'Export brief' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: /^Open clip: US to give Ukraine/ }).check();
    // The claim was just marked, so it is still unverified: ask for the "Still being checked" section.
    await dialog.getByRole('checkbox', { name: /^Include claims still being checked/ }).check();
    await dialog.getByLabel('Format').selectOption({ label: 'Markdown' });
    await dialog.getByRole('button', { name: 'Export Markdown' }).click();

    await expect.poll(async () => (await readdir(saveDir)).filter((f) => f.endsWith('.md')), { timeout: 20_000 }).toHaveLength(1);
    const [file] = (await readdir(saveDir)).filter((f) => f.endsWith('.md'));
    const markdown = await readFile(path.join(saveDir, file!), 'utf8');
    expect(markdown).toContain('Still being checked');
    expect(markdown).toContain(CLAIM);
    expect((await mainRecord()).saved.some((p) => p.endsWith('.md'))).toBe(true);
  });

  test('5. gives the renderer exactly window.notebook: no require, no process', async () => {
    const surface = await window.evaluate(() => ({
      methods: Object.keys((window as unknown as { notebook: object }).notebook).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      module: typeof (globalThis as { module?: unknown }).module,
    }));
    expect(surface).toEqual({ methods: [...METHOD_NAMES].sort(), require: 'undefined', process: 'undefined', module: 'undefined' });
  });

  test('6. a link click does not navigate the window', async () => {
    // A clip with a link in it, added through the API and opened from the library.
    const html = `<article><h1>${LINK_CLIP_TITLE}</h1><p>The council published <a href="${LINK_URL}">the full report</a> on Tuesday.</p></article>`;
    const { jobId } = await callApi<{ jobId: string }>(window, 'startClip', { kind: 'paste', request: { html, title: LINK_CLIP_TITLE } });
    await expect.poll(async () => (await callApi<{ state: string }>(window, 'getClipJob', { jobId })).state, { timeout: 20_000 }).toBe('done');
    await window.reload();
    await window.getByRole('option', { name: new RegExp(LINK_CLIP_TITLE) }).click();

    // The link in the clip asks in the app first; the window stays put, and the address goes to the
    // system browser (here, the recorder) only after "Open in browser".
    // Too short for Readability to call it an article: the link is in the Full page view.
    await window.getByRole('main').getByRole('group', { name: 'Show the clip as' }).getByRole('button', { name: 'Full page' }).click();
    await window.getByRole('main').getByRole('region', { name: 'Full page' }).getByRole('link', { name: 'the full report' }).click();
    const confirm = window.getByRole('dialog', { name: 'Open this link in your browser?' });
    await expect(confirm).toContainText(LINK_URL);
    expect(window.url()).toBe(APP_URL);
    await confirm.getByRole('button', { name: 'Open in browser' }).click();
    await expect(confirm).toBeHidden();
    await expect.poll(async () => (await mainRecord()).opened).toEqual([LINK_URL]);
    expect(window.url()).toBe(APP_URL);

    // A link outside the app's own handling (here one added to the page by hand) reaches the main
    // process's will-navigate guard, which stops the navigation and asks before opening anything.
    await window.evaluate(() => {
      const a = document.createElement('a');
      a.href = 'https://example.org/elsewhere';
      a.textContent = 'stray link';
      document.body.append(a);
      a.click();
    });
    await expect.poll(async () => (await mainRecord()).asked.length).toBeGreaterThan(0);
    expect(window.url()).toBe(APP_URL);
    expect((await mainRecord()).opened).toEqual([LINK_URL]);
    await expect(window.getByRole('main')).toBeVisible();
  });
});
