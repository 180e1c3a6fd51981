import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api/contract';
import { app, BrowserWindow, dialog, FakeWebFrameMain, ipcMain, Menu, nativeTheme, protocol, resetFakeElectron, screen, session } from '../../support/fake-electron';
import { createAppCommandQueue } from '../../../main/electron/app-command-queue';
import { startElectronApp, type OpenDesktopSession } from '../../../main/electron/electron-app';
import { createFileLogger } from '../../../main/electron/file-logger';
import type { NotebookSession } from '../../../main/hosts/notebook-session';
import { echoDispatch } from '../hosts/http-helpers';

let root: string;
beforeEach(async () => {
  resetFakeElectron();
  root = await mkdtemp(path.join(tmpdir(), 'nn-electron-'));
  app.paths.userData = path.join(root, 'userData');
});
afterEach(() => rm(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }));

function fakeSession(dir = '/notebooks/desk', notices: string[] = []) {
  let release: () => void = () => {};
  const closed = new Promise<void>((resolve) => (release = resolve));
  const close = vi.fn(() => closed);
  const fake = echoDispatch();
  const opened: NotebookSession = { dir, dispatch: fake.dispatch, notices, close };
  const openSession = vi.fn<OpenDesktopSession>(async () => opened);
  return { opened, close, calls: fake.calls, finishClosing: () => release(), openSession };
}

function setup(extra: { argv?: string[] } = {}) {
  const logger = createFileLogger({ dir: path.join(root, 'logs') });
  const commands = createAppCommandQueue();
  const processEvents = new EventEmitter();
  const base = { notebookDir: '/notebooks/desk', preloadPath: '/dist/main/preload.cjs', rendererDir: '/dist/renderer', handleSignals: false, argv: extra.argv ?? ['app'], cwd: '/home/ana', logger, commands, processEvents, platform: 'linux' as const };
  const readLog = () => readFile(path.join(root, 'logs', 'main.log'), 'utf8');
  return { base, commands, processEvents, readLog };
}

function onlyWindow(): BrowserWindow {
  const window = BrowserWindow.instances[0];
  if (!window) throw new Error('no window');
  return window;
}

describe('the Electron app', () => {
  it('opens the notebook, then the locked-down window on app://, with every IPC channel', async () => {
    const fake = fakeSession('/notebooks/desk', ['notebook.json was damaged and restored from a backup.']);
    const { base, readLog } = setup();
    expect(await startElectronApp({ ...base, openSession: fake.openSession })).toBe('running');
    expect(fake.openSession).toHaveBeenCalledWith('/notebooks/desk', expect.objectContaining({ nextCommands: expect.any(Function) }));
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(app.whenReady.mock.invocationCallOrder[0] ?? 0);
    expect(protocol.handlers.has('app')).toBe(true);
    expect(session.defaultSession.permissionRequestHandler).not.toBeNull();
    expect(Menu.current).not.toBeNull();
    expect(ipcMain.handlers.size).toBe(METHOD_NAMES.length);
    expect(onlyWindow().loadURL).toHaveBeenCalledWith('app://notebook/index.html');
    expect(onlyWindow().webContents.setWindowOpenHandler).toHaveBeenCalled();
    expect(await readLog()).toContain('restored from a backup');
  });

  it('serves the open notebook’s captured images on app://notebook/notebook-assets/', async () => {
    const dir = path.join(root, 'notebook');
    const name = `${'a'.repeat(64)}.png`;
    await mkdir(path.join(dir, 'assets'), { recursive: true });
    await writeFile(path.join(dir, 'assets', name), 'pretend-png');
    const fake = fakeSession(dir);
    await startElectronApp({ ...setup().base, notebookDir: dir, openSession: fake.openSession });
    const image = await protocol.handlers.get('app')?.(new Request(`app://notebook/notebook-assets/${name}`));
    expect(image?.status).toBe(200);
    expect(await image?.text()).toBe('pretend-png');
  });

  it('as a second instance, hands its command line over and quits without touching the notebook', async () => {
    app.gotLock = false;
    const fake = fakeSession();
    const { base } = setup({ argv: ['app', 'report.pdf'] });
    expect(await startElectronApp({ ...base, openSession: fake.openSession })).toBe('second-instance');
    expect(app.requestSingleInstanceLock).toHaveBeenCalledWith({ argv: ['app', 'report.pdf'] });
    expect(app.quit).toHaveBeenCalled();
    expect(fake.openSession).not.toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('when a second instance starts, comes forward and clips the file or address it was given', async () => {
    const fake = fakeSession();
    const { base, commands } = setup();
    await startElectronApp({ ...base, openSession: fake.openSession });
    const window = onlyWindow();
    window.minimized = true;
    await writeFile(path.join(root, 'memo.txt'), 'A memo.');
    app.emit('second-instance', {}, ['app', 'memo.txt', 'https://gazette.example/story'], root);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.calls).toHaveLength(2));
    expect(fake.calls.map((c) => c.input)).toEqual(
      expect.arrayContaining([
        { kind: 'file', request: { name: 'memo.txt', dataBase64: Buffer.from('A memo.').toString('base64'), newVersion: false } },
        { kind: 'url', request: { url: 'https://gazette.example/story', newVersion: false } },
      ]),
    );
    const answer = await commands.next(undefined, 0);
    expect(answer.commands.map((c) => c.kind)).toEqual(['show-clip-job', 'show-clip-job']);
  });

  it('clips a file it was launched with, and a file macOS hands it, once the window is ready', async () => {
    await writeFile(path.join(root, 'first.md'), '# First');
    const fake = fakeSession();
    const { base } = setup({ argv: ['app', path.join(root, 'first.md')] });
    const started = startElectronApp({ ...base, openSession: fake.openSession });
    const event = { preventDefault: vi.fn() };
    app.emit('open-file', event, path.join(root, 'first.md'));
    expect(event.preventDefault).toHaveBeenCalled();
    expect(fake.calls).toHaveLength(0);
    await started;
    await vi.waitFor(() => expect(fake.calls).toHaveLength(2));
  });

  it('remembers the window’s place and theme, and opens there next time if the display is still attached', async () => {
    const first = fakeSession();
    await startElectronApp({ ...setup().base, openSession: first.openSession });
    const window = onlyWindow();
    window.bounds = { x: 200, y: 150, width: 1000, height: 700 };
    window.maximized = true;
    window.close();
    app.quit();
    first.finishClosing();
    await vi.waitFor(async () => expect(JSON.parse(await readFile(path.join(root, 'userData', 'desktop-prefs.json'), 'utf8'))).toMatchObject({ window: { x: 200, y: 150, width: 1000, height: 700, maximized: true }, recentNotebooks: ['/notebooks/desk'] }));

    resetFakeElectron();
    app.paths.userData = path.join(root, 'userData');
    await startElectronApp({ ...setup().base, openSession: fakeSession().openSession });
    const again = onlyWindow();
    expect(again.options).toMatchObject({ x: 200, y: 150, width: 1000, height: 700 });
    again.emit('ready-to-show');
    expect(again.maximize).toHaveBeenCalled();

    resetFakeElectron();
    app.paths.userData = path.join(root, 'userData');
    screen.displays = [{ id: 2, workArea: { x: 3000, y: 0, width: 800, height: 600 } }];
    await startElectronApp({ ...setup().base, openSession: fakeSession().openSession });
    expect(onlyWindow().options.x).toBeUndefined();
  });

  it('applies the saved theme before the window opens', async () => {
    await mkdir(path.join(root, 'userData'), { recursive: true });
    await writeFile(path.join(root, 'userData', 'desktop-prefs.json'), JSON.stringify({ theme: 'dark', recentNotebooks: [] }));
    await startElectronApp({ ...setup().base, openSession: fakeSession().openSession });
    expect(nativeTheme.themeSource).toBe('dark');
  });

  it('waits for the notebook to close (pending writes, lock) before quitting', async () => {
    const fake = fakeSession();
    const { base, commands } = setup();
    await startElectronApp({ ...base, openSession: fake.openSession });
    const willQuit = vi.fn();
    app.on('will-quit', willQuit);
    const polling = commands.next(undefined, 60_000);
    app.quit();
    await vi.waitFor(() => expect(fake.close).toHaveBeenCalledTimes(1));
    expect(willQuit).not.toHaveBeenCalled();
    expect(await polling).toMatchObject({ live: false });
    app.quit(); // a second request while closing neither closes twice nor quits early
    expect(fake.close).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(willQuit).not.toHaveBeenCalled();
    fake.finishClosing();
    await vi.waitFor(() => expect(willQuit).toHaveBeenCalledTimes(1));
  });

  it('answers IPC from our page through the open notebook, and refuses other senders', async () => {
    const fake = fakeSession();
    await startElectronApp({ ...setup().base, openSession: fake.openSession });
    expect(await ipcMain.invokeFrom(new FakeWebFrameMain('app://notebook/index.html'), 'notebook:listClips', {})).toMatchObject({ ok: true });
    expect(await ipcMain.invokeFrom(new FakeWebFrameMain('https://evil.example/'), 'notebook:listClips', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('logs an uncaught error in main and tells the reporter, once at a time', async () => {
    const { base, processEvents, readLog } = setup();
    await startElectronApp({ ...base, openSession: fakeSession().openSession });
    processEvents.emit('uncaughtException', new Error('index exploded'));
    processEvents.emit('uncaughtException', new Error('index exploded again'));
    processEvents.emit('unhandledRejection', new Error('late promise'));
    const log = await readLog();
    expect(log).toContain('Uncaught exception in the main process\n  Error: index exploded');
    expect(log).toContain('late promise');
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ message: expect.stringContaining('index exploded') });
  });

  it('quits when its window is closed', async () => {
    await startElectronApp({ ...setup().base, openSession: fakeSession().openSession });
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
  });

  it('says why when the notebook cannot be opened, and opens no window', async () => {
    const openSession = vi.fn(async () => {
      throw new Error('The notebook is open in another process (pid 4242).');
    });
    const { base, readLog } = setup();
    expect(await startElectronApp({ ...base, openSession })).toBe('failed-to-open');
    expect(dialog.showErrorBox).toHaveBeenCalledWith(expect.stringContaining('could not open'), expect.stringContaining('pid 4242'));
    expect(app.exit).toHaveBeenCalledWith(2);
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
    expect(await readLog()).toContain('pid 4242');
  });
});
