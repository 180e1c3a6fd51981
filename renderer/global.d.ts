import type { NotebookApi } from '../shared/api/notebook-api';

declare global {
  interface Window {
    /** Provided by the Electron preload, or by the HTTP bridge in browser mode. */
    notebook?: NotebookApi;
  }
}
