import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, nativeTheme, shell, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { AppCommand } from '../../shared/api/app-views';
import { AppError } from '../../shared/api/result';
import { outputPathError } from '../backup/output-path-error';
import type { AppCommandQueue } from './app-command-queue';
import type { DesktopPrefs, ThemeChoice } from './desktop-prefs';
import { withRecent } from './desktop-prefs';
import type { FileLogger } from './file-logger';
import { IMPORT_EXTENSIONS, startFileImport, startUrlClip, type ImportOutcome } from './import-file';
import type { LaunchTarget } from './launch-targets';
import type { MenuActions } from './menu';
import type { SessionHolder } from './session-holder';

/**
 * What each menu item (and a file or address handed to the app) does. Commands for the page go
 * through the command queue (the page asks for them with nextAppCommands); native work — dialogs,
 * switching notebooks, the file manager — happens here.
 */

export interface DesktopContext {
  window(): BrowserWindow | null;
  sessions: SessionHolder;
  commands: AppCommandQueue;
  logger: FileLogger;
  prefs(): DesktopPrefs;
  /** Saves the change and rebuilds the menu (Open Recent, the theme's tick). */
  updatePrefs(change: Partial<DesktopPrefs>): void;
  quit(): void;
}

export interface DesktopActions extends MenuActions {
  openTarget(target: LaunchTarget): Promise<void>;
  switchNotebook(dir: string): Promise<void>;
}

async function tell(window: BrowserWindow | null, options: MessageBoxOptions): Promise<void> {
  if (window && !window.isDestroyed()) await dialog.showMessageBox(window, options);
  else await dialog.showMessageBox(options);
}

function stamp(date: Date): string {
  return date.toISOString().slice(0, 16).replace('T', ' ').replace(':', '-');
}

export function createDesktopActions(ctx: DesktopContext): DesktopActions {
  const send = (command: AppCommand) => {
    ctx.commands.push(command);
    const window = ctx.window();
    if (window && !window.isDestroyed()) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  };
  const failed = (title: string, message: string) => tell(ctx.window(), { type: 'error', message: title, detail: message, buttons: ['OK'] });

  const followClip = async (outcome: Promise<ImportOutcome>, what: string) => {
    const result = await outcome;
    if (result.ok) send({ kind: 'show-clip-job', jobId: result.jobId, label: result.label });
    else await failed(`${what} could not be clipped.`, result.message);
  };

  const switchNotebook = async (dir: string) => {
    // A recent notebook that was moved, renamed or is on a drive not connected must not be "opened" as
    // a new, empty notebook in its place: the reporter would think the work was lost.
    const exists = await stat(dir).then((info) => info.isDirectory(), () => false);
    if (!exists) {
      ctx.logger.log('warn', `The notebook folder ${dir} is not there`);
      ctx.updatePrefs({ recentNotebooks: ctx.prefs().recentNotebooks.filter((recent) => recent !== dir) });
      await failed(
        'That notebook folder is not there.',
        `${dir}\n\nIt may have been moved or renamed, or it is on a drive that is not connected. Use File › Open Notebook… to find it; it was taken off the recent list.`,
      );
      return;
    }
    const outcome = await ctx.sessions.switchTo(dir);
    if (outcome.kind === 'same') return;
    if (outcome.kind === 'switched') {
      ctx.logger.log('info', `Opened the notebook ${outcome.dir}`);
      ctx.updatePrefs({ recentNotebooks: withRecent(ctx.prefs().recentNotebooks, outcome.dir) });
      ctx.window()?.webContents.reload();
      return;
    }
    ctx.logger.log('warn', `Could not open the notebook ${dir}: ${outcome.message}`);
    await failed('That notebook could not be opened.', `${outcome.message}\n\nFolder: ${dir}${outcome.reopened ? '\n\nThe notebook you had open is open again.' : ''}`);
    if (!outcome.reopened) ctx.quit();
  };

  return {
    newClip: () => send({ kind: 'new-clip', tab: 'url' }),
    pasteArticle: () => send({ kind: 'new-clip', tab: 'paste' }),
    exportBrief: () => send({ kind: 'export-brief' }),
    showShortcuts: () => send({ kind: 'show-shortcuts' }),

    importFile: () => {
      void (async () => {
        const options = {
          title: 'Import a file as a clip',
          buttonLabel: 'Import',
          properties: ['openFile' as const],
          filters: [{ name: 'Web pages, text, PDF and Word documents', extensions: [...IMPORT_EXTENSIONS] }],
        };
        const window = ctx.window();
        const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
        const file = picked.filePaths[0];
        if (picked.canceled || !file) return;
        await followClip(startFileImport(file, ctx.sessions.dispatch), `"${path.basename(file)}"`);
      })();
    },

    openNotebook: () => {
      void (async () => {
        const options = {
          title: 'Open a notebook folder',
          buttonLabel: 'Open Notebook',
          message: 'Choose a notebook folder, or an empty folder to start a new notebook in it.',
          properties: ['openDirectory' as const, 'createDirectory' as const],
        };
        const window = ctx.window();
        const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
        const dir = picked.filePaths[0];
        if (picked.canceled || !dir) return;
        await switchNotebook(dir);
      })();
    },
    openRecent: (dir) => void switchNotebook(dir),
    clearRecent: () => {
      const open = ctx.sessions.current?.dir;
      ctx.updatePrefs({ recentNotebooks: open ? [open] : [] });
    },
    revealNotebook: () => {
      const dir = ctx.sessions.current?.dir;
      if (dir) void shell.openPath(dir);
    },
    backup: () => {
      void (async () => {
        const session = ctx.sessions.current;
        if (!session) return;
        if (!session.backup) {
          await failed('Backing up is not available in this version.', 'Copy the notebook folder while the app is closed instead.');
          return;
        }
        const window = ctx.window();
        const options = {
          title: 'Back up the notebook',
          buttonLabel: 'Back Up',
          defaultPath: path.join(app.getPath('documents'), `${path.basename(session.dir)} backup ${stamp(new Date())}.zip`),
          filters: [{ name: 'Notebook backup', extensions: ['zip'] }],
        };
        const target = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        if (target.canceled || !target.filePath) return;
        try {
          await session.backup(target.filePath);
          ctx.logger.log('info', `Backed up ${session.dir} to ${target.filePath}`);
          await tell(ctx.window(), { type: 'info', message: 'The notebook is backed up.', detail: target.filePath, buttons: ['OK'] });
        } catch (error) {
          ctx.logger.log('error', `Backup to ${target.filePath} failed`, error);
          await failed('The backup did not finish.', error instanceof AppError ? error.message : outputPathError(target.filePath, error).message);
        }
      })();
    },
    setTheme: (theme: ThemeChoice) => {
      nativeTheme.themeSource = theme;
      ctx.updatePrefs({ theme });
    },
    openLogs: () => {
      void mkdir(ctx.logger.dir, { recursive: true })
        .then(() => shell.openPath(ctx.logger.dir))
        .catch(() => undefined);
    },
    about: () => app.showAboutPanel(),

    openTarget: (target) =>
      target.kind === 'file'
        ? followClip(startFileImport(target.path, ctx.sessions.dispatch), `"${path.basename(target.path)}"`)
        : followClip(startUrlClip(target.url, ctx.sessions.dispatch), target.url),
    switchNotebook,
  };
}
