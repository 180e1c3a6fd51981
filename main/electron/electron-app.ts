import { app, BrowserWindow, dialog } from 'electron';
import type { NotebookSession, OpenNotebookSession } from '../hosts/notebook-session';
import { registerIpcHost } from './ipc-host';
import { installMenu } from './menu';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { installSecurityHooks, installSessionRules } from './security';
import { createMainWindow } from './window';

/**
 * The Electron app's life: one instance, locked down before the first page exists, the notebook
 * opened before the window, and closed (pending writes flushed, lock released) before quitting.
 */

export interface ElectronAppOptions {
  notebookDir: string;
  /** dist/main/preload.cjs */
  preloadPath: string;
  /** dist/renderer */
  rendererDir: string;
  openSession: OpenNotebookSession;
  log?: (line: string) => void;
  /** Quit (cleanly) on SIGINT/SIGTERM. Default true; tests turn it off. */
  handleSignals?: boolean;
}

export type ElectronAppOutcome = 'second-instance' | 'running' | 'failed-to-open';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function startElectronApp(options: ElectronAppOptions): Promise<ElectronAppOutcome> {
  const log = options.log ?? ((line: string) => console.error(line));
  // Must happen before 'ready'.
  registerAppScheme();
  if (!app.requestSingleInstanceLock()) {
    // Another window already has the notebook; it is brought forward by its 'second-instance' handler.
    app.quit();
    return 'second-instance';
  }
  installSecurityHooks();

  let window: BrowserWindow | null = null;
  let session: NotebookSession | null = null;
  let closed = false;

  app.on('second-instance', () => {
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // Ctrl+C in the terminal that ran `npm start` (or a kill) quits through 'before-quit', so the notebook closes cleanly.
  if (options.handleSignals ?? true) {
    process.once('SIGINT', () => app.quit());
    process.once('SIGTERM', () => app.quit());
  }
  app.on('before-quit', (event) => {
    if (!session || closed) return;
    event.preventDefault();
    const closing = session;
    session = null;
    closing
      .close()
      .catch((error: unknown) => log(`Newsroom Notebook: the notebook did not close cleanly: ${errorMessage(error)}`))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });

  await app.whenReady();
  installSessionRules();
  serveAppProtocol(options.rendererDir, () => session?.dir ?? null);
  installMenu();

  try {
    session = await options.openSession(options.notebookDir);
  } catch (error) {
    dialog.showErrorBox('Newsroom Notebook could not open the notebook', `${errorMessage(error)}\n\nFolder: ${options.notebookDir}`);
    app.exit(2);
    return 'failed-to-open';
  }
  for (const notice of session.notices) log(`Newsroom Notebook: ${notice}`);
  registerIpcHost(session.dispatch);
  window = createMainWindow(options.preloadPath);
  return 'running';
}
