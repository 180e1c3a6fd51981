import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardRenderer } from '../../../main/electron/crash-guard';
import { createFileLogger } from '../../../main/electron/file-logger';
import { BrowserWindow, dialog, resetFakeElectron } from '../../support/fake-electron';

let dir: string;
beforeEach(async () => {
  resetFakeElectron();
  dir = await mkdtemp(path.join(tmpdir(), 'nn-guard-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function guarded() {
  const window = new BrowserWindow({});
  const onQuit = vi.fn();
  guardRenderer(window as never, createFileLogger({ dir }), onQuit);
  return { window, onQuit, log: () => readFile(path.join(dir, 'main.log'), 'utf8') };
}

describe('when the window’s page fails', () => {
  it('logs a crashed page and reloads it when the reporter says so', async () => {
    const { window, log } = guarded();
    dialog.nextResponse = 0;
    window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 9 });
    await vi.waitFor(() => expect(window.webContents.reload).toHaveBeenCalledTimes(1));
    expect(dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ message: 'The notebook window stopped working.', buttons: ['Reload', 'Quit'] });
    expect(await log()).toContain("The window's page stopped: oom (exit code 9)");
  });

  it('quits instead when asked, and says nothing for a clean exit', async () => {
    const { window, onQuit } = guarded();
    dialog.nextResponse = 1;
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    await vi.waitFor(() => expect(onQuit).toHaveBeenCalled());
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
  });

  it('offers to wait or reload a hung page, and waiting changes nothing', async () => {
    const { window, onQuit, log } = guarded();
    dialog.nextResponse = 1;
    window.emit('unresponsive');
    window.emit('unresponsive'); // one question at a time
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(window.webContents.reload).not.toHaveBeenCalled();
    expect(onQuit).not.toHaveBeenCalled();
    expect(await log()).toContain('The window stopped responding');
  });
});
