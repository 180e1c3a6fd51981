import { spawn as nodeSpawn, type ChildProcess } from 'node:child_process';
import type { ElectronFailure } from './electron-failure';

/**
 * Starts the Electron binary on the app folder and decides, within a short grace period, whether it
 * really started. Electron that cannot start (no display, missing libraries, a broken sandbox) dies
 * within about a second; its stderr is held back until then so that on failure the user sees one
 * line from us rather than a screen of Chromium noise.
 */

export type LaunchOutcome =
  | { kind: 'running'; child: ChildProcess; exited: Promise<number> }
  /** Quit cleanly at once: the notebook was handed to an already-running window. */
  | { kind: 'exited'; code: number }
  | { kind: 'failed'; failure: ElectronFailure };

export interface ElectronLaunch {
  electronPath: string;
  /** The folder whose package.json `main` is dist/main/electron-main.js. */
  appDir: string;
  notebookDir: string;
  graceMs?: number;
  spawn?: typeof nodeSpawn;
  /** Where Electron's stderr goes once it is running. */
  passStderr?: (chunk: Buffer) => void;
}

const MAX_HELD_STDERR = 64 * 1024;

export function launchElectron(options: ElectronLaunch): Promise<LaunchOutcome> {
  const spawn = options.spawn ?? nodeSpawn;
  const passStderr = options.passStderr ?? ((chunk: Buffer) => void process.stderr.write(chunk));
  const env = { ...process.env };
  // Set by some tools; it would make the binary behave as plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE;

  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      child = spawn(options.electronPath, [options.appDir, '--notebook', options.notebookDir], { stdio: ['ignore', 'inherit', 'pipe'], env });
    } catch (error) {
      const err = error as NodeJS.ErrnoException;
      resolve({ kind: 'failed', failure: { kind: 'spawn-error', code: err.code, message: err.message } });
      return;
    }
    let decided = false;
    let held = '';
    const exited = new Promise<number>((done) => child.once('exit', (code, signal) => done(code ?? (signal ? 1 : 0))));
    const decide = (outcome: LaunchOutcome) => {
      if (decided) return;
      decided = true;
      clearTimeout(timer);
      resolve(outcome);
    };

    child.stderr?.on('data', (chunk: Buffer) => {
      if (decided) passStderr(chunk);
      else if (held.length < MAX_HELD_STDERR) held += chunk.toString('utf8');
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      decide({ kind: 'failed', failure: { kind: 'spawn-error', code: error.code, message: error.message } });
    });
    child.once('exit', (code, signal) => {
      if (code === 0 && !signal) decide({ kind: 'exited', code: 0 });
      else decide({ kind: 'failed', failure: { kind: 'early-exit', code, signal, stderr: held } });
    });
    const timer = setTimeout(() => {
      if (decided) return;
      if (held !== '') passStderr(Buffer.from(held));
      decide({ kind: 'running', child, exited });
    }, options.graceMs ?? 4000);
  });
}
