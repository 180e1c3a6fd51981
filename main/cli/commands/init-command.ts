import { readdir } from 'node:fs/promises';
import { AppError } from '../../../shared/api/result';
import type { NotebookStore } from '../../store/notebook-store';
import { CliError } from '../cli-error';
import { plural } from '../output';
import type { CommandRunner } from '../command-context';

/** A folder init may turn into a notebook: one that does not exist yet, or is empty. */
async function isMissingOrEmpty(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/**
 * Create the notebook, or say it is already there. Opening without `create` first is how we learn
 * which: the store, not the CLI, decides what counts as an existing notebook.
 */
export const runInit: CommandRunner = async (ctx) => {
  const dir = ctx.notebookDir();
  let store: NotebookStore;
  let created = false;
  try {
    try {
      store = await ctx.deps.openNotebook(dir, { create: false });
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'not_found')) throw error;
      // As in the app: a mistyped --notebook pointing at, say, Documents must not be filled with notebook files.
      if (!(await isMissingOrEmpty(dir))) {
        throw new CliError('invalid_input', `${dir} already has files in it and is not a notebook. Give a new or empty folder to init.`);
      }
      store = await ctx.deps.openNotebook(dir, { create: true });
      created = true;
    }
  } catch (error) {
    throw error instanceof AppError ? new CliError(error.code, error.message) : error;
  }
  return ctx.session(store, async (session) => {
    const info = await session.call('getNotebookInfo', {});
    const { counts } = info;
    return {
      value: { created, ...info, id: info.notebookId },
      lines: created
        ? [`Created a new notebook in ${dir}.`, `Next: clip a text file with: newsroom-notebook clip FILE --notebook "${dir}"`]
        : [
            `A notebook already exists in ${dir}; nothing was changed.`,
            `It holds ${plural(counts.clips, 'clip')}, ${plural(counts.claims, 'claim')} and ${plural(counts.sources, 'source')}.`,
          ],
    };
  });
};
