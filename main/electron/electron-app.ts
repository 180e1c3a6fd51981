import { app, BrowserWindow, dialog, nativeTheme, screen } from 'electron';
import type { NotebookSession } from '../hosts/notebook-session';
import type { AppHost } from '../services/app-handlers';
import { createAppCommandQueue, type AppCommandQueue } from './app-command-queue';
import { guardMainProcess, guardRenderer, singleMessage } from './crash-guard';
import { createDesktopActions } from './desktop-actions';
import { createPrefsStore, loadPrefs, withRecent } from './desktop-prefs';
import { createFileLogger, type FileLogger } from './file-logger';
import { registerIpcHost } from './ipc-host';
import { launchTargets, type LaunchTarget } from './launch-targets';
import { installMenu } from './menu';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { installSecurityHooks, installSessionRules } from './security';
import { createSessionHolder } from './session-holder';
import { createMainWindow } from './window';
import { readWindowState, restorableBounds, trackWindowState } from './window-state';

/**
 * The Electron app's life: one instance, locked down before the first page exists, the notebook
 * opened before the window, files and addresses handed to it (at launch, by a second launch, by the
 * OS) clipped, and the notebook closed (pending writes durable, lock released) before quitting.
 */

/** Opens a notebook with the desktop's command queue and log behind the app section of the API. */
export type OpenDesktopSession = (dir: string, host: AppHost) => Promise<NotebookSession>;

export interface ElectronAppOptions {
  notebookDir: string;
  /** dist/main/preload.cjs */
  preloadPath: string;
  /** dist/renderer */
  rendererDir: string;
  openSession: OpenDesktopSession;
  /** Default: main.log in Electron's logs folder. */
  logger?: FileLogger;
  commands?: AppCommandQueue;
  /** The launch's command line and folder, for files or addresses it names. Default: this process's. */
  argv?: readonly string[];
  cwd?: string;
  /** Where uncaught errors are caught. Default: this process. Tests pass an emitter. */
  processEvents?: Parameters<typeof guardMainProcess>[0];
  /** Quit (cleanly) on SIGINT/SIGTERM. Default true; tests turn it off. */
  handleSignals?: boolean;
  platform?: NodeJS.Platform;
}

export type ElectronAppOutcome = 'second-instance' | 'running' | 'failed-to-open';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function startElectronApp(options: ElectronAppOptions): Promise<ElectronAppOutcome> {
  // Must happen before 'ready'.
  registerAppScheme();
  if (!app.requestSingleInstanceLock({ argv: [...(options.argv ?? process.argv)] })) {
    // Another window already has the notebook; its 'second-instance' handler gets our argv and comes forward.
    app.quit();
    return 'second-instance';
  }
  installSecurityHooks();
  const logger = options.logger ?? createFileLogger({ dir: app.getPath('logs') });
  const commands = options.commands ?? createAppCommandQueue();
  const host: AppHost = {
    nextCommands: (after, waitMs) => commands.next(after, waitMs),
    logRendererError: (report) => logger.log('error', `The page reported an error (${report.source}${report.area ? `, in ${report.area}` : ''}): ${report.message}`, report.stack),
  };
  const sessions = createSessionHolder((dir) => options.openSession(dir, host));
  let window: BrowserWindow | null = null;
  const currentWindow = () => (window && !window.isDestroyed() ? window : null);
  guardMainProcess(options.processEvents ?? process, logger, singleMessage(currentWindow, logger.dir));
  logger.log('info', `Newsroom Notebook ${app.getVersion()} starting`);

  // Files and addresses that arrive before the window is ready wait here.
  const waiting: LaunchTarget[] = launchTargets(options.argv ?? process.argv, options.cwd ?? process.cwd());
  let openTarget: (target: LaunchTarget) => Promise<void> = async (target) => void waiting.push(target);
  const hand = (target: LaunchTarget) => void openTarget(target).catch((error: unknown) => logger.log('error', 'Could not open what was handed to the app', error));

  app.on('second-instance', (_event, argv: string[], workingDirectory: string) => {
    const shown = currentWindow();
    if (shown) {
      if (shown.isMinimized()) shown.restore();
      shown.focus();
    }
    for (const target of launchTargets(argv, workingDirectory)) hand(target);
  });
  // macOS: a file dropped on the dock icon or opened with the app, and app links.
  app.on('open-file', (event, file: string) => {
    event.preventDefault();
    hand({ kind: 'file', path: file });
  });
  app.on('open-url', (event, url: string) => {
    event.preventDefault();
    for (const target of launchTargets(['', url], '/')) hand(target);
  });
  app.on('window-all-closed', () => app.quit());
  // Ctrl+C in the terminal that ran `npm start` (or a kill) quits through 'before-quit', so the notebook closes cleanly.
  if (options.handleSignals ?? true) {
    process.once('SIGINT', () => app.quit());
    process.once('SIGTERM', () => app.quit());
  }

  let prefs: ReturnType<typeof createPrefsStore> | null = null;
  let quitting: 'no' | 'closing' | 'closed' = 'no';
  app.on('before-quit', (event) => {
    if (quitting === 'closed') return;
    event.preventDefault();
    if (quitting === 'closing') return;
    quitting = 'closing';
    const shown = currentWindow();
    if (shown && prefs) prefs.update({ window: readWindowState(shown) });
    commands.close();
    Promise.all([sessions.close(), prefs?.flushed()])
      .catch((error: unknown) => logger.log('error', 'The notebook did not close cleanly', error))
      .finally(() => {
        quitting = 'closed';
        logger.log('info', 'Quit');
        app.quit();
      });
  });

  await app.whenReady();
  installSessionRules();
  serveAppProtocol(options.rendererDir, () => sessions.current?.dir ?? null);
  const userData = app.getPath('userData');
  const store = createPrefsStore(userData, await loadPrefs(userData), (error) => logger.log('warn', 'Could not save the app’s preferences', error));
  prefs = store;
  nativeTheme.themeSource = store.get().theme;
  app.setAboutPanelOptions({ applicationName: 'Newsroom Notebook', applicationVersion: app.getVersion() });

  const actions = createDesktopActions({
    window: currentWindow,
    sessions,
    commands,
    logger,
    prefs: () => store.get(),
    updatePrefs: (change) => {
      store.update(change);
      rebuildMenu();
    },
    quit: () => app.quit(),
  });
  const rebuildMenu = () =>
    installMenu(actions, { platform: options.platform ?? process.platform, recentNotebooks: store.get().recentNotebooks, theme: store.get().theme, currentNotebook: sessions.current?.dir ?? null });
  rebuildMenu();

  let session: NotebookSession;
  try {
    session = await sessions.open(options.notebookDir);
  } catch (error) {
    logger.log('error', `Could not open the notebook ${options.notebookDir}`, error);
    dialog.showErrorBox('Newsroom Notebook could not open the notebook', `${errorMessage(error)}\n\nFolder: ${options.notebookDir}`);
    app.exit(2);
    return 'failed-to-open';
  }
  logger.log('info', `Opened the notebook ${session.dir}`);
  for (const notice of session.notices) logger.log('warn', notice);
  store.update({ recentNotebooks: withRecent(store.get().recentNotebooks, session.dir) });
  rebuildMenu();
  registerIpcHost(sessions.dispatch);

  const saved = store.get().window;
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  window = createMainWindow(options.preloadPath, { bounds: restorableBounds(saved, workAreas), maximized: saved?.maximized ?? false });
  trackWindowState(window, (state) => store.update({ window: state }));
  guardRenderer(window, logger, () => app.quit());

  openTarget = actions.openTarget;
  for (const target of waiting.splice(0)) hand(target);
  return 'running';
}
