import { startBrowserMode } from '../launch/browser-mode';
import { checkNotebook } from '../store/check-notebook';
import { openNotebook } from '../store/open-notebook';
import type { CliDeps } from './cli-deps';
import { closingWithBacklogCheck } from './journal-backlog';

/** The real store and host, loaded by runCli only when a command actually runs. */
export const defaultDeps: CliDeps = {
  openNotebook: async (dir, options) => closingWithBacklogCheck(await openNotebook(dir, { ...options, compactOnClose: false })),
  checkNotebook: async (store) => (await checkNotebook(store)).problems,
  // The CLI handles Ctrl-C itself (closing the server, then returning an exit code) rather than
  // letting browser mode call process.exit.
  startBrowserMode: (options) => startBrowserMode({ ...options, handleSignals: false }),
};
