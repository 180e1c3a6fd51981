import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../shared/api/contract';
import type { BriefPreview } from '../../shared/api/brief-views';
import { call, errorMessage } from '../client/call';

/** A preview, or why there is none; kept as a value so the dialog shows it inline, not as an app alert. */
export type PreviewOutcome = { ok: true; preview: BriefPreview } | { ok: false; message: string };

/** Claims the reporter can tick for a hand-picked brief: the first 500, as the board lists them. */
export function useChoosableClaims(enabled: boolean) {
  return useQuery({
    queryKey: ['brief-claims'],
    queryFn: () => call('listClaims', { offset: 0, limit: 500 }),
    enabled,
    staleTime: 0,
  });
}

/**
 * The live preview. Always fetched fresh (the notebook may have changed since the dialog last
 * opened); the previous preview stays on screen while the next one loads, so it does not flicker.
 */
export function useBriefPreview(input: MethodInput<'previewBrief'> | null) {
  return useQuery({
    queryKey: ['brief-preview', input],
    queryFn: async (): Promise<PreviewOutcome> => {
      try {
        return { ok: true, preview: await call('previewBrief', input!) };
      } catch (error) {
        return { ok: false, message: errorMessage(error) };
      }
    },
    enabled: input !== null,
    staleTime: 0,
    gcTime: 0,
    placeholderData: keepPreviousData,
  });
}
