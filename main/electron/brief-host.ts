import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { BriefFileToSave } from '../briefs/brief-handlers';

/**
 * What brief export needs from the desktop: a hidden window to print PDFs with Electron's own
 * Chromium (main/briefs/pdf/electron-pdf-printer.ts drives it), and the native save dialog.
 */

/** The print window: hidden, no script, no preload, sandboxed — it only lays out the brief's own HTML. */
export function openPrintWindow(): BrowserWindow {
  return new BrowserWindow({
    show: false,
    webPreferences: {
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
    },
  });
}

/** Writes next to the target, then renames: a failed write never leaves half a file under the reporter's name. */
async function writeWhole(file: string, bytes: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.part`);
  await writeFile(temp, bytes);
  await rename(temp, file);
}

/** Asks where to save the export (Documents by default), writes it there; null when the reporter cancelled. */
export function createSaveFile(window: () => BrowserWindow | null = () => BrowserWindow.getFocusedWindow()): (file: BriefFileToSave) => Promise<string | null> {
  return async (file) => {
    const ext = path.extname(file.fileName).slice(1);
    const options = {
      title: 'Save the brief',
      buttonLabel: 'Save',
      defaultPath: path.join(app.getPath('documents'), file.fileName),
      ...(ext ? { filters: [{ name: `${ext.toUpperCase()} file`, extensions: [ext] }] } : {}),
    };
    const parent = window();
    const picked = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (picked.canceled || !picked.filePath) return null;
    await writeWhole(picked.filePath, file.bytes);
    return picked.filePath;
  };
}
