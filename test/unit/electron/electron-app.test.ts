import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api/contract';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, resetFakeElectron, session } from '../../support/fake-electron';
import { startElectronApp } from '../../../main/electron/electron-app';
import type { NotebookSession } from '../../../main/hosts/notebook-session';
import { echoDispatch } from '../hosts/http-helpers';

beforeEach(() => resetFakeElectron());

function fakeSession(notices: string[] = []) {
  let release: () => void = () => {};
  const closed = new Promise<void>((resolve) => (release = resolve));
  const close = vi.fn(() => closed);
  const opened: NotebookSession = { dir: '/notebooks/desk', dispatch: echoDispatch().dispatch, notices, close };
  return { opened, close, finishClosing: () => release(), openSession: vi.fn(async () => opened) };
}

const base = { notebookDir: '/notebooks/desk', preloadPath: '/dist/main/preload.cjs', rendererDir: '/dist/renderer', handleSignals: false };

describe('the Electron app', () => {
  it('opens the notebook, then the locked-down window on app://, with every IPC channel', async () => {
    const fake = fakeSession(['notebook.json was damaged and restored from a backup.']);
    const log = vi.fn();
    expect(await startElectronApp({ ...base, openSession: fake.openSession, log })).toBe('running');
    expect(fake.openSession).toHaveBeenCalledWith('/notebooks/desk');
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(app.whenReady.mock.invocationCallOrder[0] ?? 0);
    expect(protocol.handlers.has('app')).toBe(true);
    expect(session.defaultSession.permissionRequestHandler).not.toBeNull();
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(ipcMain.handlers.size).toBe(METHOD_NAMES.length);
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(BrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('app://notebook/index.html');
    expect(BrowserWindow.instances[0]?.webContents.setWindowOpenHandler).toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('restored from a backup'));
  });

  it('serves the open notebook’s captured images on app://notebook/notebook-assets/', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'nn-electron-'));
    const name = `${'a'.repeat(64)}.png`;
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'assets', name), 'pretend-png');
    const fake = fakeSession();
    const opened = { ...fake.opened, dir };
    await startElectronApp({ ...base, notebookDir: dir, openSession: vi.fn(async () => opened) });
    const image = await protocol.handlers.get('app')?.(new Request(`app://notebook/notebook-assets/${name}`));
    expect(image?.status).toBe(200);
    expect(image?.headers.get('content-type')).toBe('image/png');
    expect(await image?.text()).toBe('pretend-png');
    await rm(dir, { recursive: true, force: true });
  });

  it('as a second instance, hands over and quits without touching the notebook', async () => {
    app.gotLock = false;
    const fake = fakeSession();
    expect(await startElectronApp({ ...base, openSession: fake.openSession })).toBe('second-instance');
    expect(app.quit).toHaveBeenCalled();
    expect(fake.openSession).not.toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('brings its window forward when a second instance starts', async () => {
    await startElectronApp({ ...base, openSession: fakeSession().openSession });
    const window = BrowserWindow.instances[0];
    if (!window) throw new Error('no window');
    window.minimized = true;
    app.emit('second-instance', {}, [], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('waits for the notebook to close (pending writes, lock) before quitting', async () => {
    const fake = fakeSession();
    await startElectronApp({ ...base, openSession: fake.openSession });
    const willQuit = vi.fn();
    app.on('will-quit', willQuit);
    app.quit();
    expect(fake.close).toHaveBeenCalledTimes(1);
    expect(willQuit).not.toHaveBeenCalled();
    app.quit(); // a second request while closing neither closes twice nor quits early
    expect(fake.close).toHaveBeenCalledTimes(1);
    fake.finishClosing();
    await vi.waitFor(() => expect(willQuit).toHaveBeenCalledTimes(1));
  });

  it('quits when its window is closed', async () => {
    await startElectronApp({ ...base, openSession: fakeSession().openSession });
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
  });

  it('says why when the notebook cannot be opened, and opens no window', async () => {
    const openSession = vi.fn(async () => {
      throw new Error('The notebook is open in another process (pid 4242).');
    });
    expect(await startElectronApp({ ...base, openSession })).toBe('failed-to-open');
    expect(dialog.showErrorBox).toHaveBeenCalledWith(expect.stringContaining('could not open'), expect.stringContaining('pid 4242'));
    expect(app.exit).toHaveBeenCalledWith(2);
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
  });
});
