import { useSyncExternalStore } from 'react';
import type { ErrorStore } from './error-store';

/** Errors from calls, each a readable alert the reporter can dismiss. */
export function ErrorAlerts({ store }: { store: ErrorStore }) {
  const errors = useSyncExternalStore(store.subscribe, store.getSnapshot);
  if (errors.length === 0) return null;
  return (
    <div className="alerts">
      {errors.map((error) => (
        <div key={error.id} role="alert" className="alert">
          <p>{error.message}</p>
          <button type="button" className="button button-quiet" onClick={() => store.dismiss(error.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
