import { constants, promises as fsp } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { CLI_OUT_ADVICE, outputPathError } from '../../backup/output-path-error';
import { writeFileAtomic } from '../../store/atomic-write';
import type { CommandContext } from '../command-context';
import { usageError } from '../cli-error';

/** --out made absolute against the command's working folder. */
export function outPath(ctx: CommandContext): string {
  const given = ctx.options.out;
  if (given === undefined || given.trim() === '') throw usageError('--out needs a file path, e.g. --out brief.md.');
  return isAbsolute(given) ? given : resolve(ctx.io.cwd, given);
}

/**
 * Fail before any slow work when --out cannot be written: its folder must exist and be writable,
 * and the path itself must not be a folder. The write itself is still atomic (writeOutFile).
 */
export async function checkOutPath(path: string): Promise<void> {
  const stat = await fsp.stat(path).catch(() => null);
  if (stat?.isDirectory()) throw outputPathError(path, Object.assign(new Error('is a folder'), { code: 'EISDIR' }), CLI_OUT_ADVICE);
  try {
    const folder = await fsp.stat(dirname(path));
    if (!folder.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    await fsp.access(dirname(path), constants.W_OK);
  } catch (error) {
    throw outputPathError(path, error, CLI_OUT_ADVICE);
  }
}

/** Write the whole file or nothing: a temp file beside it, fsync, rename; removed on failure. */
export async function writeOutFile(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, bytes);
  } catch (error) {
    throw outputPathError(path, error, CLI_OUT_ADVICE);
  }
}

/** Progress for slow commands, on stderr and only on a terminal, so scripts and --json see none of it. */
export function progressPrinter(ctx: CommandContext): ((line: string) => void) | undefined {
  if ((ctx.io.stderr as { isTTY?: boolean }).isTTY !== true) return undefined;
  let last = '';
  return (line) => {
    if (line !== last) ctx.io.stderr.write(`${line}\n`);
    last = line;
  };
}
