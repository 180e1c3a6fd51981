import type { NotebookStore } from '../store/notebook-store';

/** What every service needs: the open store and a clock (injectable so tests can pin time). */
export interface ServiceContext {
  store: NotebookStore;
  now: () => string;
}
