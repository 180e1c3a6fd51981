import type { NotebookStore } from '../store/notebook-store';

/**
 * What the CLI borrows from the store and the hosts. Injected so the runner can be exercised
 * without them (tests) and loaded lazily in real use, so `clips` never loads the HTTP host.
 */

export interface BrowserModeHandle {
  url: string;
  close(): Promise<void>;
}

export interface BrowserModeOptions {
  notebookDir: string;
  port: number;
  open: boolean;
  log: (line: string) => void;
}

export interface CliDeps {
  openNotebook(dir: string, options: { create?: boolean }): Promise<NotebookStore>;
  /** Everything `check` found wrong, one sentence each; empty when the notebook is healthy. */
  checkNotebook(store: NotebookStore): Promise<readonly string[]>;
  startBrowserMode(options: BrowserModeOptions): Promise<BrowserModeHandle>;
}

/** The real modules, imported on first use. */
export async function loadDefaultDeps(): Promise<CliDeps> {
  const { defaultDeps } = await import('./default-deps');
  return defaultDeps;
}
