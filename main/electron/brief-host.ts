import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { outputPathError } from '../backup/output-path-error';
import type { BriefFileToSave } from '../briefs/brief-handlers';
import { writeFileAtomic } from '../store/atomic-write';

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
    // Temp file, fsync, rename: a failed write never leaves half a file under the reporter's name.
    await writeFileAtomic(picked.filePath, file.bytes).catch((error: unknown) => {
      throw outputPathError(picked.filePath!, error);
    });
    return picked.filePath;
  };
}
