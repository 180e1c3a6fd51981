import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { createAppQueryClient } from '../client/query-client';
import { Desk } from '../desk/desk';
import { ErrorAlerts } from './error-alerts';
import { ErrorBoundary } from './error-boundary';
import { createErrorStore } from './error-store';
import { catchUncaughtErrors } from './report-errors';

/** The app: the query client, the error alerts and the desk, inside a last-resort error boundary. */
export function App() {
  const [errors] = useState(createErrorStore);
  const [client] = useState(() => createAppQueryClient(errors));
  // An error nobody caught is logged (desktop) and shown as an alert; the desk keeps running.
  useEffect(() => catchUncaughtErrors(window, (message) => errors.push(message)), [errors]);
  return (
    <QueryClientProvider client={client}>
      <ErrorBoundary area="the desk">
        <Desk />
      </ErrorBoundary>
      <ErrorAlerts store={errors} />
    </QueryClientProvider>
  );
}
