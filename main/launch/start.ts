import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrowserMode } from './browser-mode';
import { defaultNotebookDir } from './default-notebook-dir';
import { findElectronBinary, nodeBinaryProbe } from './electron-binary';
import { describeElectronFailure, missingDisplay, type ElectronFailure } from './electron-failure';
import { launchElectron } from './electron-launcher';
import { LAUNCH_USAGE, parseLaunchArgs } from './launch-args';

/**
 * What `npm start` runs (dist/main/start.js): the desktop app where Electron can run, otherwise one
 * line saying why and the same app in the browser, on 127.0.0.1 behind a per-run token.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
/** dist/main -> the project (or unpacked app) folder whose package.json points at electron-main.js. */
const appDir = path.resolve(here, '..', '..');

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Why Electron cannot be tried at all, before spawning anything; null when it is worth a try. */
function preflight(): { failure: ElectronFailure } | { electronPath: string } {
  const binary = findElectronBinary(nodeBinaryProbe(import.meta.url));
  if (!binary.ok) return { failure: { kind: 'not-installed', detail: binary.detail } };
  const entry = path.join(here, 'electron-main.js');
  if (!existsSync(entry) || !existsSync(path.join(here, 'preload.cjs'))) return { failure: { kind: 'not-built', missing: path.relative(process.cwd(), entry) || entry } };
  if (missingDisplay(process.platform, process.env)) return { failure: { kind: 'no-display' } };
  return { electronPath: binary.path };
}

async function main(): Promise<void> {
  const parsed = parseLaunchArgs(process.argv.slice(2), process.env, {
    strict: true,
    defaultDir: defaultNotebookDir({ platform: process.platform, env: process.env, home: homedir() }),
  });
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(1);
  }
  const options = parsed.value;
  if (options.help) {
    console.log(LAUNCH_USAGE);
    return;
  }

  if (!options.browser) {
    const check = preflight();
    if ('failure' in check) {
      console.log(describeElectronFailure(check.failure));
    } else {
      const outcome = await launchElectron({ electronPath: check.electronPath, appDir, notebookDir: options.notebookDir });
      if (outcome.kind === 'exited') process.exit(outcome.code);
      if (outcome.kind === 'running') {
        // Ctrl+C reaches Electron too (same process group); it closes the notebook itself before quitting.
        const ignore = () => {};
        process.on('SIGINT', ignore);
        process.on('SIGTERM', () => outcome.child.kill('SIGTERM'));
        process.exit(await outcome.exited);
      }
      console.log(describeElectronFailure(outcome.failure));
    }
  }

  try {
    await startBrowserMode({ notebookDir: options.notebookDir, port: options.port, open: options.open, handleSignals: true });
  } catch (error) {
    console.error(`Newsroom Notebook could not start: ${errorMessage(error)}`);
    process.exit(2);
  }
}

void main();
