import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Finds the Electron executable the way the `electron` package's index.js does, WITHOUT requiring
 * it: requiring it downloads the binary when missing, which must never happen behind the user's back.
 */

export type BinaryLookup = { ok: true; path: string } | { ok: false; detail: string };

export interface BinaryProbe {
  /** The folder of the installed `electron` package, or null when it is not installed. */
  packageDir: () => string | null;
  exists: (file: string) => boolean;
  readText: (file: string) => string;
  env: Readonly<Record<string, string | undefined>>;
}

export function nodeBinaryProbe(fromUrl: string = import.meta.url): BinaryProbe {
  return {
    packageDir: () => {
      try {
        return path.dirname(createRequire(fromUrl).resolve('electron/package.json'));
      } catch {
        return null;
      }
    },
    exists: existsSync,
    readText: (file) => readFileSync(file, 'utf8'),
    env: process.env,
  };
}

export function findElectronBinary(probe: BinaryProbe): BinaryLookup {
  const dir = probe.packageDir();
  if (!dir) return { ok: false, detail: 'the electron package is not installed' };
  const pathFile = path.join(dir, 'path.txt');
  if (!probe.exists(pathFile)) return { ok: false, detail: 'its binary was never downloaded: node_modules/electron/path.txt is missing' };
  const relative = probe.readText(pathFile).trim();
  const override = probe.env.ELECTRON_OVERRIDE_DIST_PATH;
  const executable = override ? path.join(override, relative || 'electron') : path.join(dir, 'dist', relative);
  if (!probe.exists(executable)) return { ok: false, detail: `its binary is missing: ${executable}` };
  return { ok: true, path: executable };
}
