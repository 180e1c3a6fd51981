import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSaveFile, openPrintWindow } from '../../../main/electron/brief-host';
import { app, BrowserWindow, dialog, resetFakeElectron } from '../../support/fake-electron';

let dir: string;
beforeEach(async () => {
  resetFakeElectron();
  dir = await mkdtemp(path.join(tmpdir(), 'nn-brief-host-'));
  app.paths.documents = dir;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('brief export in the desktop app', () => {
  it('prints in a hidden window with no script, sandboxed and isolated', () => {
    openPrintWindow();
    const prefs = BrowserWindow.instances[0]?.options.webPreferences ?? {};
    expect(BrowserWindow.instances[0]?.options.show).toBe(false);
    expect(prefs).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(prefs).not.toHaveProperty('preload');
  });

  it('saves where the reporter chose, offering Documents and the file’s type', async () => {
    const target = path.join(dir, 'Budget brief.docx');
    dialog.nextSavePath = target;
    expect(await createSaveFile(() => null)({ fileName: 'Budget brief.docx', mimeType: 'application/octet-stream', bytes: new Uint8Array([1, 2, 3]) })).toBe(target);
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
    expect(await readdir(dir)).toEqual(['Budget brief.docx']);
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: path.join(dir, 'Budget brief.docx'), filters: [{ extensions: ['docx'] }] });
  });

  it('writes nothing when the reporter cancels', async () => {
    expect(await createSaveFile(() => null)({ fileName: 'b.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([1]) })).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it('explains in words a place it cannot write to, and leaves nothing behind', async () => {
    const target = path.join(dir, 'gone', 'brief.pdf');
    dialog.nextSavePath = target;
    const failure = await createSaveFile(() => null)({ fileName: 'brief.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([1]) }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'invalid_input', message: `Cannot write ${target}: its folder does not exist. Nothing was written there. Choose another folder or name.` });
    expect(await readdir(dir)).toEqual([]);
  });
});
