import { AppError, type ApiError } from '../../shared/api/result';
import { loadDefaultDeps, type CliDeps } from './cli-deps';
import { CliError, EXIT_OK, EXIT_USER_ERROR, exitCodeFor } from './cli-error';
import type { CliIo } from './cli-io';
import { createCommandContext, type CommandRunner } from './command-context';
import type { CommandName } from './command-table';
import { runBackup, runRestore, runVerifyBundle } from './commands/backup-commands';
import { runBrief } from './commands/brief-commands';
import { runCheck } from './commands/check-command';
import { runClaimAdd, runClaims, runClaimStatus, runClaimSuggest } from './commands/claim-commands';
import { runClip, runClips, runShow } from './commands/clip-commands';
import { runEvidenceAdd } from './commands/evidence-commands';
import { helpResult } from './commands/help-command';
import { runInit } from './commands/init-command';
import { runServe } from './commands/serve-command';
import { runSettings } from './commands/settings-command';
import { runSourceAdd } from './commands/source-commands';
import { printError, printResult } from './output';
import { parseCliArgs } from './parse-args';

const RUNNERS: Readonly<Record<Exclude<CommandName, 'help'>, CommandRunner>> = {
  init: runInit,
  clip: runClip,
  clips: runClips,
  show: runShow,
  'claim add': runClaimAdd,
  'claim status': runClaimStatus,
  'claim suggest': runClaimSuggest,
  claims: runClaims,
  'source add': runSourceAdd,
  'evidence add': runEvidenceAdd,
  check: runCheck,
  serve: runServe,
  brief: runBrief,
  'verify-bundle': runVerifyBundle,
  backup: runBackup,
  restore: runRestore,
  settings: runSettings,
};

function toApiError(error: unknown): ApiError {
  if (error instanceof CliError || error instanceof AppError) return { code: error.code, message: error.message };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong and the command did not finish: ${detail}` };
}

/**
 * Run one CLI command in-process and return its exit code. cli-main.ts wires process.* into this;
 * tests call it directly with their own io. `deps` defaults to the real store and hosts.
 */
export async function runCli(argv: readonly string[], io: CliIo, deps?: CliDeps): Promise<number> {
  // Known before parsing, so even a command line that fails to parse answers in JSON when asked to.
  let json = argv.includes('--json');
  try {
    const parsed = parseCliArgs(argv);
    json = parsed.options.json === true;
    if (parsed.kind === 'help') {
      printResult(io, json, helpResult(parsed.topic), []);
      return EXIT_OK;
    }
    const runner = RUNNERS[parsed.command.name as Exclude<CommandName, 'help'>];
    const ctx = createCommandContext(io, deps ?? (await loadDefaultDeps()), parsed.args, parsed.options);
    const result = await runner(ctx);
    if (!result.alreadyPrinted) printResult(io, json, result, ctx.notices);
    return result.exitCode ?? EXIT_OK;
  } catch (error) {
    const apiError = toApiError(error);
    if (apiError.code === 'internal' && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    printError(io, json, apiError);
    return apiError.code === 'internal' ? EXIT_USER_ERROR : exitCodeFor(apiError.code);
  }
}
