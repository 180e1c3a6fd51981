import type { MethodInput, MethodName, MethodResult } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import { createDispatcher } from '../api/dispatch';
import { createHandlers } from '../services/handlers';
import type { NotebookStore } from '../store/notebook-store';
import { CliError } from './cli-error';
import type { CliDeps } from './cli-deps';
import { PROGRAM } from './parse-args';

/** An open notebook as a command sees it: every read and write goes through the contract's dispatcher. */
export interface NotebookSession {
  store: NotebookStore;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
}

function asCliError(error: unknown): unknown {
  return error instanceof AppError ? new CliError(error.code, error.message) : error;
}

/** Open an existing notebook, or explain how to create one. */
export async function openExisting(deps: CliDeps, dir: string): Promise<NotebookStore> {
  try {
    return await deps.openNotebook(dir, { create: false });
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') {
      throw new CliError('not_found', `There is no notebook in ${dir}. Create one with: ${PROGRAM} init --notebook "${dir}"`);
    }
    throw asCliError(error);
  }
}

/**
 * Run `work` with the notebook open, then close it whatever happens: closing waits for every write
 * to be durable and releases the lock, so the next command (or the app) can open it.
 * A failure to close is reported unless the work itself already failed (its error says more).
 */
export async function withStore<T>(
  store: NotebookStore,
  onInternalError: (error: unknown) => void,
  work: (session: NotebookSession) => Promise<T>,
): Promise<T> {
  const dispatch = createDispatcher(createHandlers(store), onInternalError);
  const session: NotebookSession = {
    store,
    async call(method, input) {
      const result = await dispatch(method, input);
      if (!result.ok) throw new CliError(result.error.code, result.error.message);
      return result.value as MethodResult<typeof method>;
    },
  };
  let result: T;
  try {
    result = await work(session);
  } catch (error) {
    await store.close().catch(() => undefined);
    throw asCliError(error);
  }
  try {
    await store.close();
  } catch (error) {
    throw asCliError(error);
  }
  return result;
}
