import { dialog, type BrowserWindow } from 'electron';
import type { FileLogger } from './file-logger';

/**
 * Errors nobody caught, in main or in the window's page, are written to the log and told to the
 * reporter as something they can recover from — a message with "Reload", never a white screen or a
 * silent exit. The notebook itself is safe either way: every change was durable when it was acknowledged.
 */

interface ProcessLike {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

/** Logs main's uncaught exceptions and rejections; `tell` shows the reporter one message at a time. */
export function guardMainProcess(proc: ProcessLike, logger: FileLogger, tell: (message: string) => void): void {
  proc.on('uncaughtException', (error) => {
    logger.log('error', 'Uncaught exception in the main process', error);
    tell(`Something went wrong inside Newsroom Notebook: ${error.message}`);
  });
  proc.on('unhandledRejection', (reason) => {
    logger.log('error', 'Unhandled promise rejection in the main process', reason);
  });
}

/** A message box that is not shown again while one is already open, so an error loop cannot stack dialogs. */
export function singleMessage(parent: () => BrowserWindow | null, logsDir: string): (message: string) => void {
  let showing = false;
  return (message) => {
    if (showing) return;
    showing = true;
    const options = {
      type: 'error' as const,
      message,
      detail: `Your notebook is safe: every change you saw saved is on disk. The details are in the log, in ${logsDir}.`,
      buttons: ['OK'],
    };
    const window = parent();
    const shown = window && !window.isDestroyed() ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
    void shown.catch(() => undefined).finally(() => (showing = false));
  };
}

/**
 * Watches the page: when its process dies or hangs, logs it and offers to reload it. Reloading is
 * safe because the page keeps nothing the notebook has not already saved.
 */
export function guardRenderer(window: BrowserWindow, logger: FileLogger, onQuit: () => void): void {
  const contents = window.webContents;
  let asking = false;
  const offerReload = async (message: string, detail: string, buttons: [string, string]) => {
    if (asking || window.isDestroyed()) return;
    asking = true;
    try {
      const { response } = await dialog.showMessageBox(window, { type: 'warning', message, detail, buttons, defaultId: 0, cancelId: 1, noLink: true });
      if (window.isDestroyed()) return;
      if (response === 0) contents.reload();
      else if (buttons[1] === 'Quit') onQuit();
    } finally {
      asking = false;
    }
  };

  contents.on('render-process-gone', (_event, details) => {
    logger.log('error', `The window's page stopped: ${details.reason} (exit code ${details.exitCode})`);
    if (details.reason === 'clean-exit') return;
    void offerReload('The notebook window stopped working.', 'Nothing you saved is lost. Reload the window to carry on.', ['Reload', 'Quit']);
  });
  window.on('unresponsive', () => {
    logger.log('warn', 'The window stopped responding');
    void offerReload('The notebook window is not responding.', 'You can wait for it, or reload it. Nothing you saved is lost.', ['Reload', 'Wait']);
  });
  window.on('responsive', () => logger.log('info', 'The window responds again'));
  contents.on('preload-error', (_event, preloadPath, error) => logger.log('error', `The preload ${preloadPath} failed`, error));
  contents.on('did-fail-load', (_event, code, description, url) => logger.log('error', `The page ${url} did not load: ${description} (${code})`));
}
