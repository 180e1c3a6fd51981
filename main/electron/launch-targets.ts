import path from 'node:path';
import { IMPORT_EXTENSIONS } from './import-file';

/**
 * What a launch asks the app to open besides itself: files to import and web addresses to clip. A
 * second launch hands its whole command line to the first instance ('second-instance'); Electron's own
 * switches, our --notebook DIR and the app's path are not targets.
 */

export type LaunchTarget = { kind: 'file'; path: string } | { kind: 'url'; url: string };

/** Options of ours that take a value, so the value is not mistaken for a file. */
const WITH_VALUE = new Set(['--notebook', '--port']);

function asUrl(arg: string): string | null {
  try {
    const url = new URL(arg);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function isImportable(arg: string): boolean {
  const ext = path.extname(arg).slice(1).toLowerCase();
  return (IMPORT_EXTENSIONS as readonly string[]).includes(ext);
}

/** Targets in an argv, resolved against the launch's working folder. Anything else is ignored. */
export function launchTargets(argv: readonly string[], cwd: string): LaunchTarget[] {
  const targets: LaunchTarget[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (WITH_VALUE.has(arg)) {
      i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    const url = asUrl(arg);
    if (url) targets.push({ kind: 'url', url });
    else if (isImportable(arg)) targets.push({ kind: 'file', path: path.resolve(cwd, arg) });
  }
  return targets;
}
