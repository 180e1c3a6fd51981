import type { RendererErrorSource } from '../../shared/api/app-views';
import type { NotebookApi } from '../../shared/api/notebook-api';

/**
 * Errors the page did not expect go to the app's log (in the desktop app; browser mode has none) and
 * to the reporter as a dismissible alert, instead of leaving a broken or blank window. Reporting never
 * throws: a failure to report must not become another error.
 */

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function reportRendererError(source: RendererErrorSource, error: unknown, area?: string): void {
  const notebook = (globalThis as { window?: { notebook?: NotebookApi } }).window?.notebook;
  if (!notebook) return;
  const message = clip((error instanceof Error ? error.message : String(error)).trim() || 'Unknown error', 4000);
  const stack = error instanceof Error && error.stack ? clip(error.stack, 20_000) : undefined;
  void notebook
    .reportRendererError({ source, message, ...(stack ? { stack } : {}), ...(area ? { area: clip(area, 200) } : {}) })
    .catch(() => undefined);
}

interface ErrorTarget {
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  addEventListener(type: 'unhandledrejection', listener: (event: PromiseRejectionEvent) => void): void;
  removeEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  removeEventListener(type: 'unhandledrejection', listener: (event: PromiseRejectionEvent) => void): void;
}

/** Listens for uncaught errors and rejections; `show` puts a message in front of the reporter. Returns the undo. */
export function catchUncaughtErrors(target: ErrorTarget, show: (message: string) => void): () => void {
  const onError = (event: ErrorEvent) => {
    // Resource load failures (a broken image) arrive here without an error object: not the reporter's concern.
    if (!event.error && !event.message) return;
    reportRendererError('error', event.error ?? event.message);
    show('Something went wrong in the app, but it kept running. If something looks wrong, reload the window (your work is saved). The details are in the log.');
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    reportRendererError('unhandledrejection', event.reason);
  };
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
