import { promises as fsp } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { AppError } from '../../../shared/api/result';
import { backupNotebook, restoreNotebook } from '../../backup/notebook-backup';
import { CLI_OUT_ADVICE, outputPathError } from '../../backup/output-path-error';
import { verifyBundle } from '../../briefs/bundle/verify-bundle';
import { EXIT_OK, EXIT_USER_ERROR } from '../cli-error';
import type { CommandContext, CommandRunner } from '../command-context';
import { plural } from '../output';
import { PROGRAM } from '../parse-args';
import { checkOutPath, outPath, progressPrinter } from './output-file';

function argPath(ctx: CommandContext): string {
  const given = ctx.args[0] ?? '';
  return isAbsolute(given) ? given : resolve(ctx.io.cwd, given);
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** `backup --out FILE`: the whole open notebook as one zip, written whole or not at all. */
export const runBackup: CommandRunner = async (ctx) => {
  const out = outPath(ctx);
  await checkOutPath(out);
  return ctx.open(async (session) => {
    const progress = progressPrinter(ctx);
    let result;
    try {
      result = await backupNotebook(session.store, out, progress ? (p) => progress(`Backing up: ${p.done} of ${p.total} files`) : undefined);
    } catch (error) {
      throw error instanceof AppError ? error : outputPathError(out, error, CLI_OUT_ADVICE);
    }
    const lines = [`Backed up the notebook to ${out} (${plural(result.files, 'file')}, ${megabytes(result.bytes)}).`];
    for (const path of result.missing) lines.push(`Warning: ${path} was already missing from the notebook, so it is not in the backup (run "check").`);
    lines.push(`Restore it with: ${PROGRAM} restore "${out}" --notebook NEW_FOLDER`);
    return { value: { file: out, ...result }, lines };
  });
};

/** `restore FILE --notebook DIR`: into a missing or empty folder only; the store is not opened here. */
export const runRestore: CommandRunner = async (ctx) => {
  const target = ctx.notebookDir();
  const result = await restoreNotebook(argPath(ctx), target);
  const { counts } = result;
  const lines = [
    `Restored the notebook into ${result.notebookDir}: ${plural(counts.clips, 'clip')}, ${plural(counts.claims, 'claim')}, ${plural(counts.sources, 'source')}, ${plural(counts.evidence, 'evidence link')}.`,
  ];
  if (result.problems.length === 0) lines.push('check: the restored notebook is healthy.');
  else lines.push(`check found ${plural(result.problems.length, 'problem')} (they were in the notebook when it was backed up):`, ...result.problems.map((p) => `  - ${p}`));
  // The restore itself succeeded: problems it carried over are reported, not turned into a failure.
  return { value: result, lines };
};

/** `verify-bundle FILE`: every file against the manifest, the manifest against its digest. Exit 1 on any problem. */
export const runVerifyBundle: CommandRunner = async (ctx) => {
  const path = argPath(ctx);
  let bytes: Uint8Array;
  try {
    bytes = await fsp.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('not_found', `There is no file ${path}.`);
    if (code === 'EISDIR') throw new AppError('invalid_input', `${path} is a folder; give the bundle's .zip file.`);
    throw error;
  }
  const result = verifyBundle(bytes);
  const lines = result.ok
    ? [`The bundle is intact: all ${plural(result.files, 'file')} match the manifest, and the manifest matches its digest.`]
    : [`The bundle does NOT verify (${plural(result.problems.length, 'problem')}):`, ...result.problems.map((p) => `  - ${p.file} ${p.problem}`)];
  return { value: result, lines, exitCode: result.ok ? EXIT_OK : EXIT_USER_ERROR };
};
