import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import { defaultNotebookDir } from '../launch/default-notebook-dir';
import { parseLaunchArgs } from '../launch/launch-args';
import { createElectronPdfPrinter } from '../briefs/pdf/electron-pdf-printer';
import { openNotebookSession } from './app-wiring';
import { createSaveFile, openPrintWindow } from './brief-host';
import { startElectronApp } from './electron-app';
import { openCheckedExternal } from './external-links';

/**
 * Electron's entry (dist/main/electron-main.js). `npm start` runs it with `--notebook DIR`; a
 * packaged app gets no arguments and uses the default notebook folder.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const args = parseLaunchArgs(process.argv.slice(app.isPackaged ? 1 : 2), process.env, {
  strict: false,
  defaultDir: defaultNotebookDir({ platform: process.platform, env: process.env, home: homedir() }),
});

// Chromium's profile (caches, local storage) must not land inside the notebook folder: on Windows and
// macOS Electron's default userData *is* <appData>/Newsroom Notebook, the default notebook folder.
app.setPath('userData', path.join(app.getPath('appData'), 'Newsroom Notebook App'));

void startElectronApp({
  notebookDir: args.ok ? args.value.notebookDir : defaultNotebookDir({ platform: process.platform, env: process.env, home: homedir() }),
  preloadPath: path.join(here, 'preload.cjs'),
  rendererDir: path.join(here, '..', 'renderer'),
  // The renderer confirms a link before calling openExternal, so main does not ask a second time;
  // links that reach main any other way (navigation, window.open) still get main's own dialog.
  openSession: (dir, appHost) =>
    openNotebookSession(dir, {
      openExternal: openCheckedExternal,
      appHost,
      // Briefs print with Electron's own Chromium and are saved through the native save dialog.
      briefs: { pdfPrinter: createElectronPdfPrinter(openPrintWindow), saveFile: createSaveFile() },
    }),
});
