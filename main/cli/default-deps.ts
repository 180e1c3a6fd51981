import { startBrowserMode } from '../launch/browser-mode';
import { checkNotebook } from '../store/check-notebook';
import { openNotebook } from '../store/open-notebook';
import type { CliDeps } from './cli-deps';
import { journalBacklogIsLarge } from './journal-backlog';

/** The real store and host, loaded by runCli only when a command actually runs. */
export const defaultDeps: CliDeps = {
  openNotebook: async (dir, options) => openNotebook(dir, { ...options, compactOnClose: await journalBacklogIsLarge(dir) }),
  checkNotebook: async (store) => (await checkNotebook(store)).problems,
  // The CLI handles Ctrl-C itself (closing the server, then returning an exit code) rather than
  // letting browser mode call process.exit.
  startBrowserMode: (options) => startBrowserMode({ ...options, handleSignals: false }),
};
