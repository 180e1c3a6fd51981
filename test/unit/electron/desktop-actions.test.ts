import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppCommandQueue } from '../../../main/electron/app-command-queue';
import { createDesktopActions, type DesktopContext } from '../../../main/electron/desktop-actions';
import { DEFAULT_PREFS, type DesktopPrefs } from '../../../main/electron/desktop-prefs';
import { createFileLogger } from '../../../main/electron/file-logger';
import { createSessionHolder } from '../../../main/electron/session-holder';
import type { NotebookSession } from '../../../main/hosts/notebook-session';
import { BrowserWindow, dialog, nativeTheme, resetFakeElectron, shell } from '../../support/fake-electron';
import { echoDispatch } from '../hosts/http-helpers';

let root: string;
beforeEach(async () => {
  resetFakeElectron();
  root = await mkdtemp(path.join(tmpdir(), 'nn-actions-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function setup(options: { refuse?: string; backup?: NotebookSession['backup'] } = {}) {
  const calls: Array<{ dir: string; method: string; input: unknown }> = [];
  const sessions = createSessionHolder(async (dir) => {
    if (dir === options.refuse) throw new Error('That folder is not a notebook and is not empty.');
    const fake = echoDispatch();
    const dispatch: NotebookSession['dispatch'] = async (method, input) => {
      calls.push({ dir, method, input });
      if (method === 'startClip') return { ok: true, value: { jobId: '01J0000000000000000000000A' } };
      return fake.dispatch(method, input);
    };
    return { dir, notices: [], dispatch, close: async () => undefined, ...(options.backup ? { backup: options.backup } : {}) };
  });
  await sessions.open('/n/desk');
  const window = new BrowserWindow({});
  const commands = createAppCommandQueue();
  let prefs: DesktopPrefs = { ...DEFAULT_PREFS, recentNotebooks: ['/n/desk'] };
  const ctx: DesktopContext = {
    window: () => window as never,
    sessions,
    commands,
    logger: createFileLogger({ dir: path.join(root, 'logs') }),
    prefs: () => prefs,
    updatePrefs: vi.fn((change: Partial<DesktopPrefs>) => (prefs = { ...prefs, ...change })),
    quit: vi.fn(),
  };
  return { actions: createDesktopActions(ctx), ctx, window, commands, calls, sessions, prefs: () => prefs };
}

describe('the menu’s actions', () => {
  it('New clip, Paste article, Export brief and Keyboard shortcuts become commands for the page', async () => {
    const { actions, commands, window } = await setup();
    actions.newClip();
    actions.pasteArticle();
    actions.exportBrief();
    actions.showShortcuts();
    expect((await commands.next(undefined, 0)).commands).toEqual([
      { kind: 'new-clip', tab: 'url' },
      { kind: 'new-clip', tab: 'paste' },
      { kind: 'export-brief' },
      { kind: 'show-shortcuts' },
    ]);
    expect(window.focus).toHaveBeenCalled();
  });

  it('Import file… asks for a document, starts its clip job and has the page follow it', async () => {
    const { actions, commands, calls } = await setup();
    const file = path.join(root, 'Budget 2025.html');
    await writeFile(file, '<p>The budget grew by 4%.</p>');
    dialog.nextOpenPaths = [file];
    actions.importFile();
    const answer = await commands.next(undefined, 5000);
    expect(answer.commands).toEqual([{ kind: 'show-clip-job', jobId: '01J0000000000000000000000A', label: 'Budget 2025.html' }]);
    const options = dialog.showOpenDialog.mock.calls[0]?.[1] as { filters: Array<{ extensions: string[] }>; properties: string[] };
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters[0]?.extensions).toEqual(['html', 'htm', 'txt', 'md', 'pdf', 'docx']);
    expect(calls).toEqual([{ dir: '/n/desk', method: 'startClip', input: { kind: 'file', request: { name: 'Budget 2025.html', dataBase64: expect.any(String) } } }]);
  });

  it('Import file… does nothing when cancelled, and explains a file it cannot take', async () => {
    const { actions, calls } = await setup();
    actions.importFile();
    await vi.waitFor(() => expect(dialog.showOpenDialog).toHaveBeenCalledTimes(1));
    dialog.nextOpenPaths = [path.join(root, 'missing.pdf')];
    actions.importFile();
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(1));
    expect(dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ type: 'error', detail: '"missing.pdf" was not found. It may have been moved or deleted.' });
    expect(calls).toEqual([]);
  });

  it('Open notebook… switches to the chosen folder, remembers it and reloads the window', async () => {
    const { actions, sessions, window, prefs } = await setup();
    const election = path.join(root, 'election');
    await mkdir(election);
    dialog.nextOpenPaths = [election];
    actions.openNotebook();
    await vi.waitFor(() => expect(window.webContents.reload).toHaveBeenCalledTimes(1));
    expect(sessions.current?.dir).toBe(election);
    expect(prefs().recentNotebooks).toEqual([election, '/n/desk']);
  });

  it('a recent notebook whose folder is gone is not made anew: it is explained and taken off the list', async () => {
    const { actions, sessions, window, prefs, ctx } = await setup();
    const gone = path.join(root, 'moved-away');
    ctx.updatePrefs({ recentNotebooks: ['/n/desk', gone] });
    actions.openRecent(gone);
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(1));
    expect(dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ message: 'That notebook folder is not there.', detail: expect.stringContaining('drive that is not connected') });
    expect(sessions.current?.dir).toBe('/n/desk');
    expect(prefs().recentNotebooks).toEqual(['/n/desk']);
    expect(window.webContents.reload).not.toHaveBeenCalled();
  });

  it('a notebook that cannot be opened is explained, and the old one stays open', async () => {
    const documents = path.join(root, 'Documents');
    await mkdir(documents);
    const { actions, sessions, window, ctx } = await setup({ refuse: documents });
    actions.openRecent(documents);
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(1));
    expect(dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ message: 'That notebook could not be opened.', detail: expect.stringContaining('is open again') });
    expect(sessions.current?.dir).toBe('/n/desk');
    expect(window.webContents.reload).not.toHaveBeenCalled();
    expect(ctx.quit).not.toHaveBeenCalled();
  });

  it('Theme sets the native theme (which the page’s CSS follows) and remembers it', async () => {
    const { actions, prefs } = await setup();
    actions.setTheme('dark');
    expect(nativeTheme.themeSource).toBe('dark');
    expect(prefs().theme).toBe('dark');
  });

  it('Back up… writes the backup where the reporter chose, and says so', async () => {
    const backup = vi.fn(async () => undefined);
    const { actions } = await setup({ backup });
    dialog.nextSavePath = '/backups/desk.zip';
    actions.backup();
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(1));
    expect(backup).toHaveBeenCalledWith('/backups/desk.zip');
    expect(dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ message: 'The notebook is backed up.', detail: '/backups/desk.zip' });
  });

  it('Back up… reports a failed backup, and writes nothing when cancelled', async () => {
    const backup = vi.fn(async () => {
      throw Object.assign(new Error("ENOSPC: no space left on device, open '/backups/.desk.zip.tmp-1'"), { code: 'ENOSPC' });
    });
    const { actions } = await setup({ backup });
    actions.backup();
    await vi.waitFor(() => expect(dialog.showSaveDialog).toHaveBeenCalledTimes(1));
    expect(backup).not.toHaveBeenCalled();
    dialog.nextSavePath = '/backups/desk.zip';
    actions.backup();
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(1));
    expect(dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ type: 'error', detail: 'Cannot write /backups/desk.zip: the disk is full. Nothing was written there. Choose another folder or name.' });
  });

  it('Reveal and Open logs folder open those folders in the file manager', async () => {
    const { actions, ctx } = await setup();
    actions.revealNotebook();
    actions.openLogs();
    await vi.waitFor(() => expect(shell.openPath).toHaveBeenCalledTimes(2));
    expect(shell.openPath.mock.calls.map((call) => call[0])).toEqual(['/n/desk', ctx.logger.dir]);
  });
});
