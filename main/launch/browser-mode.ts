import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/api/result';
import { startHttpHost } from '../hosts/http-host';
import type { NotebookSession, OpenNotebookSession } from '../hosts/notebook-session';
import { openInBrowser, shouldOpenBrowser } from './browser-opener';

/**
 * Browser mode: open the notebook, serve the app on 127.0.0.1 behind a per-run token, print the
 * address (the same line for `npm start` and the CLI's `serve`), and open it where a desktop exists.
 */

export interface BrowserModeOptions {
  notebookDir: string;
  /** 0 (default) lets the OS choose a free port. */
  port?: number;
  /** Open the system browser (still skipped on CI and without a display). Default true. */
  open?: boolean;
  log?: (line: string) => void;
  /** Close the notebook cleanly on Ctrl+C / SIGTERM, then exit (npm start). Default false: the CLI stops it itself. */
  handleSignals?: boolean;
  /** Injected in tests; by default the real store and services (app-wiring.ts). */
  openSession?: OpenNotebookSession;
  /** The built renderer; by default dist/renderer found next to this code. */
  staticDir?: string;
  platform?: NodeJS.Platform;
  env?: Readonly<Record<string, string | undefined>>;
  openBrowser?: (url: string) => void;
}

export interface BrowserMode {
  url: string;
  /** Stops serving, waits for pending writes, releases the notebook. Safe to call twice. */
  close(): Promise<void>;
}

export function runningLine(url: string): string {
  return `Newsroom Notebook is running at ${url}`;
}

const openRealSession: OpenNotebookSession = async (dir) => (await import('../electron/app-wiring')).openNotebookSession(dir);

/** dist/renderer, whether this code runs bundled (dist/main) or from source (main/launch, via tsx). */
export function findRendererDir(fromUrl: string = import.meta.url): string {
  const here = path.dirname(fileURLToPath(fromUrl));
  // Bundled: dist/main/<entry>.js or a shared chunk in dist/main/chunks/; from sources: main/launch/.
  const bundledDir = path.basename(here) === 'chunks' ? path.dirname(here) : here;
  const candidates = [path.join(bundledDir, '..', 'renderer'), path.join(here, '..', '..', 'dist', 'renderer')];
  const found = candidates.find((dir) => existsSync(path.join(dir, 'index.html')));
  if (!found) throw new AppError('not_found', 'The app\'s pages are not built yet (dist/renderer is missing). Run "npm run build" first, then try again.');
  return found;
}

export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserMode> {
  const log = options.log ?? ((line: string) => console.log(line));
  const staticDir = options.staticDir ?? findRendererDir();
  const session: NotebookSession = await (options.openSession ?? openRealSession)(options.notebookDir);
  let host;
  try {
    host = await startHttpHost({ dispatch: session.dispatch, staticDir, port: options.port ?? 0, notebookDir: session.dir });
  } catch (error) {
    await session.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new AppError('conflict', `Port ${options.port} is already in use. Pick another with --port, or leave it out to use any free port.`);
    throw error;
  }

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await host.close();
      await session.close();
    })();
    return closing;
  };

  for (const notice of session.notices) log(notice);
  log(runningLine(host.url));
  if (shouldOpenBrowser(options.open ?? true, { platform: options.platform ?? process.platform, env: options.env ?? process.env })) {
    (options.openBrowser ?? ((url: string) => void openInBrowser(url)))(host.url);
  }
  if (options.handleSignals ?? false) {
    const onSignal = () => {
      log('Closing the notebook...');
      close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(`The notebook did not close cleanly: ${error instanceof Error ? error.message : String(error)}`);
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  return { url: host.url, close };
}
