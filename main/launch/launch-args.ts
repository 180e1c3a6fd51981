import path from 'node:path';

/**
 * What `npm start` (and the Electron entry) was asked to do. Pure: arguments and environment in,
 * options or one plain sentence out.
 */

export interface LaunchOptions {
  /** Absolute notebook folder: --notebook DIR, else NOTEBOOK_DIR, else the default. */
  notebookDir: string;
  /** --browser: skip Electron and serve browser mode straight away. */
  browser: boolean;
  /** --port N for browser mode; 0 lets the OS choose. */
  port: number;
  /** --no-open: print the address but do not open a browser. */
  open: boolean;
  help: boolean;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export const LAUNCH_USAGE = [
  'Usage: npm start -- [--notebook DIR] [--browser] [--port N] [--no-open]',
  '  --notebook DIR  the notebook folder (or set NOTEBOOK_DIR); default: "Newsroom Notebook" in your app-data folder',
  '  --browser       skip the desktop window and serve the app to your browser on 127.0.0.1',
  '  --port N        the port for browser mode (default: any free port)',
  '  --no-open       print the browser-mode address without opening a browser',
].join('\n');

export interface ParseOptions {
  /** Reject unknown arguments (the CLI launcher) or ignore them (Electron adds its own). */
  strict: boolean;
  defaultDir: string;
  cwd?: string;
}

export function parsePort(raw: string | undefined): number | null {
  if (raw === undefined || !/^\d{1,5}$/.test(raw)) return null;
  const port = Number(raw);
  return port <= 65535 ? port : null;
}

export function parseLaunchArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, options: ParseOptions): Parsed<LaunchOptions> {
  const cwd = options.cwd ?? process.cwd();
  let notebook: string | undefined;
  let browser = false;
  let port = 0;
  let open = true;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq !== -1 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq !== -1 ? arg.slice(eq + 1) : undefined;
    const takeValue = (): string | undefined => (inline !== undefined ? inline : argv[++i]);
    switch (name) {
      case '--notebook': {
        const value = takeValue();
        if (!value || value.startsWith('--')) return { ok: false, message: '--notebook needs a folder, for example --notebook ~/Notebooks/budget.' };
        notebook = value;
        break;
      }
      case '--port': {
        const value = takeValue();
        const parsed = parsePort(value);
        if (parsed === null) return { ok: false, message: `--port needs a number from 0 to 65535, not "${value ?? ''}".` };
        port = parsed;
        break;
      }
      case '--browser':
        browser = true;
        break;
      case '--no-open':
        open = false;
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      default:
        if (options.strict) return { ok: false, message: `Unknown option "${arg}".\n${LAUNCH_USAGE}` };
    }
  }
  const chosen = notebook ?? (env.NOTEBOOK_DIR ? env.NOTEBOOK_DIR : undefined);
  const notebookDir = chosen ? path.resolve(cwd, chosen) : options.defaultDir;
  return { ok: true, value: { notebookDir, browser, port, open, help } };
}
