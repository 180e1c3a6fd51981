import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { ErrorStore } from '../app/error-store';
import { ApiCallError, errorMessage } from './call';

/** Mutations whose errors the form that sent them shows inline set this meta, so they are not shown twice. */
export interface AppMutationMeta extends Record<string, unknown> {
  inlineError?: boolean;
}

/**
 * The query client, wired so that every failed call reaches the reporter as a readable alert.
 * Errors the rules produce (invalid input, a refused transition) are not worth retrying; a server
 * hiccup is retried once.
 */
export function createAppQueryClient(errors: ErrorStore): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error) => errors.push(errorMessage(error)) }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => {
        if ((mutation.meta as AppMutationMeta | undefined)?.inlineError) return;
        errors.push(errorMessage(error));
      },
    }),
    defaultOptions: {
      queries: {
        retry: (count, error) => count < 1 && !(error instanceof ApiCallError && error.code !== 'io_error' && error.code !== 'internal'),
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
    },
  });
}
