import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-url';
import type { Rect } from './window-state';

/**
 * The notebook's one window. Every security-relevant web preference is written out, even where it
 * is Electron's default, and written inline in the constructor call, so a reader, a test and
 * Electronegativity's static checks all see the whole stance in one place, and a future default
 * change cannot loosen it.
 */

/** Where the window opens: remembered bounds (already checked to be on a display) and whether it was maximised. */
export interface WindowPlacement {
  bounds: Rect | null;
  maximized: boolean;
}

/** Creates the window, loads app://notebook/index.html, and shows it once it has painted. */
export function createMainWindow(preloadPath: string, placement: WindowPlacement = { bounds: null, maximized: false }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    ...(placement.bounds ?? {}),
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Newsroom Notebook',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Middle-click opens no window either (the window-open handler denies them all anyway).
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      // A page that opens alert() after alert() gets a "stop this page" option.
      safeDialogs: true,
      // macOS and Windows check spelling with the system's dictionaries; on Linux Chromium would download
      // Hunspell dictionaries from Google, and the app promises to work offline, so it stays off there.
      spellcheck: process.platform !== 'linux',
    },
  });
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
