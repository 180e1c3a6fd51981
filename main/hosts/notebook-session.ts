import type { Dispatch } from '../api/dispatch';

/**
 * An open notebook as a host needs it: something to dispatch calls to, and a way to close it
 * (waiting for pending writes and releasing the lock). Both hosts and the launcher depend on this
 * shape only; app-wiring.ts builds it from the real store and services, tests from fakes.
 */
export interface NotebookSession {
  readonly dir: string;
  readonly dispatch: Dispatch;
  /** What happened on open that the reporter should be told (a file restored from backup, say). */
  readonly notices: readonly string[];
  close(): Promise<void>;
  /** Writes a backup of the notebook to `outFile` (File > Back Up Notebook… in Electron), where the build has one. */
  backup?(outFile: string): Promise<void>;
}

export type OpenNotebookSession = (dir: string) => Promise<NotebookSession>;
