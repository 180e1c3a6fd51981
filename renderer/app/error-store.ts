/**
 * The app-wide list of errors shown to the reporter as dismissible alerts. Kept outside React so the
 * query client's caches (created before any component) can report into it; components read it with
 * useSyncExternalStore.
 */
export interface ShownError {
  id: number;
  message: string;
}

export interface ErrorStore {
  push(message: string): void;
  dismiss(id: number): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): readonly ShownError[];
}

/** The most alerts kept at once: older ones drop off so a failing loop cannot bury the desk. */
export const MAX_SHOWN_ERRORS = 3;

export function createErrorStore(): ErrorStore {
  let errors: readonly ShownError[] = [];
  let nextId = 1;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());
  return {
    push(message) {
      // The same message twice in a row (a query retried, two panes failing alike) is shown once.
      if (errors.some((e) => e.message === message)) return;
      errors = [...errors, { id: nextId++, message }].slice(-MAX_SHOWN_ERRORS);
      emit();
    },
    dismiss(id) {
      errors = errors.filter((e) => e.id !== id);
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => errors,
  };
}
