import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Starts the real browser-mode server (`node dist/main/start.js --browser`) on a fresh temporary
 * notebook, the way a reporter's `npm start` does where Electron cannot run, and stops it after.
 */

/** NOTEBOOK_DIST points at another build than dist/ (see vite.config.ts). */
export const START_SCRIPT = resolve(process.env.NOTEBOOK_DIST ?? 'dist', 'main/start.js');
const READY_LINE = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/;
const START_TIMEOUT_MS = 20_000;

export interface AppServer {
  /** The address printed at start, token included. */
  url: string;
  /** The server's origin, without the token. */
  origin: string;
  /** The notebook folder the server was started on. */
  notebookDir: string;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s). The notebook folder is kept until `dispose`. */
  stop(): Promise<void>;
  /** Stops the server and removes the notebook folder. */
  dispose(): Promise<void>;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

export async function startAppServer(notebookDir: string = mkdtempSync(join(tmpdir(), 'notebook-e2e-'))): Promise<AppServer> {
  if (!existsSync(START_SCRIPT)) {
    throw new Error(`${START_SCRIPT} is missing: run \`npm run build\` first (\`npm run test:e2e\` does).`);
  }
  const child = spawn(process.execPath, [START_SCRIPT, '--browser', '--no-open', '--port', '0', '--notebook', notebookDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, BROWSER: 'none' },
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not print its address within ${START_TIMEOUT_MS} ms. Output:\n${output}`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = READY_LINE.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${signal ?? code}) before it was ready. Output:\n${output}`));
    });
  });

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    if (!(await waitForExit(child, 5_000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
  };
  return {
    url,
    origin: new URL(url).origin,
    notebookDir,
    stop,
    async dispose() {
      await stop();
      rmSync(notebookDir, { recursive: true, force: true });
    },
  };
}
