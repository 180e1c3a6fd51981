import { BrowserWindow, type WebPreferences } from 'electron';
import { APP_ENTRY_URL } from './app-url';

/**
 * The notebook's one window. Every security-relevant web preference is written out, even where it
 * is Electron's default, so a reader (and a test) sees the whole stance in one place and a future
 * default change cannot loosen it.
 */
export function mainWindowWebPreferences(preloadPath: string): WebPreferences {
  return {
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
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** Creates the window, loads app://notebook/index.html, and shows it once it has painted. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Newsroom Notebook',
    webPreferences: mainWindowWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
