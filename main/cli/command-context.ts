import { isAbsolute, resolve } from 'node:path';
import type { NotebookStore } from '../store/notebook-store';
import type { CliDeps } from './cli-deps';
import { usageError } from './cli-error';
import type { CliIo } from './cli-io';
import { openExisting, withStore, type NotebookSession } from './notebook-session';
import { printNotices, type CommandResult } from './output';
import type { CommandOptions } from './parse-args';

/** Everything a command needs, built once by the runner. */
export interface CommandContext {
  io: CliIo;
  deps: CliDeps;
  args: readonly string[];
  options: CommandOptions;
  /** The store's notices seen so far, so --json output can carry them as well as stderr. */
  notices: string[];
  /** The notebook folder from --notebook or NOTEBOOK_DIR, made absolute; a usage error when neither is given. */
  notebookDir(): string;
  /** Run work with an already-open store: print its notices, close it afterwards whatever happens. */
  session<T>(store: NotebookStore, work: (session: NotebookSession) => Promise<T>): Promise<T>;
  /** Open the existing notebook (never creating it) and run work in a session. */
  open<T>(work: (session: NotebookSession) => Promise<T>): Promise<T>;
}

export type CommandRunner = (ctx: CommandContext) => Promise<CommandResult>;

export function createCommandContext(
  io: CliIo,
  deps: CliDeps,
  args: readonly string[],
  options: CommandOptions,
): CommandContext {
  const notices: string[] = [];
  const onInternalError = (error: unknown) => {
    io.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  };
  const ctx: CommandContext = {
    io,
    deps,
    args,
    options,
    notices,
    notebookDir() {
      const given = options.notebook ?? io.env['NOTEBOOK_DIR'];
      if (given === undefined || given.trim() === '') {
        throw usageError('No notebook given. Add --notebook DIR (the notebook folder), or set NOTEBOOK_DIR.');
      }
      return isAbsolute(given) ? given : resolve(io.cwd, given);
    },
    session(store, work) {
      notices.push(...store.notices);
      printNotices(io, store.notices);
      return withStore(store, onInternalError, work);
    },
    async open(work) {
      return ctx.session(await openExisting(deps, ctx.notebookDir()), work);
    },
  };
  return ctx;
}
