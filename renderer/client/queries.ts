import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../shared/api/contract';
import { call } from './call';
import type { AppMutationMeta } from './query-client';

/**
 * Server state for the desk, one hook per need. Query keys live here so invalidation after a
 * mutation is decided in one place.
 */
export const queryKeys = {
  info: ['notebook-info'] as const,
  clips: ['clips'] as const,
  clipPage: (page: number) => ['clips', 'page', page] as const,
  clip: (id: string) => ['clip', id] as const,
  claim: (id: string) => ['claim', id] as const,
  stories: ['stories'] as const,
};

/** How many clips the library asks for at a time; the list is virtualised, so only the pages in view are fetched. */
export const CLIP_PAGE_SIZE = 100;
export const STORY_PAGE_SIZE = 50;

export function useNotebookInfo() {
  return useQuery({ queryKey: queryKeys.info, queryFn: () => call('getNotebookInfo', {}) });
}

export function useClip(id: string | null) {
  return useQuery({
    queryKey: queryKeys.clip(id ?? ''),
    queryFn: () => call('getClip', { id: id! }),
    enabled: id !== null,
  });
}

export function useClaim(id: string | null) {
  return useQuery({
    queryKey: queryKeys.claim(id ?? ''),
    queryFn: () => call('getClaim', { id: id! }),
    enabled: id !== null,
    placeholderData: keepPreviousData,
  });
}

export function useStories() {
  return useQuery({ queryKey: queryKeys.stories, queryFn: () => call('listStories', { offset: 0, limit: STORY_PAGE_SIZE }) });
}

function useInvalidateLibrary() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: queryKeys.clips }), client.invalidateQueries({ queryKey: queryKeys.info })]);
}

export function useAddSampleClip() {
  const invalidate = useInvalidateLibrary();
  return useMutation({ mutationFn: () => call('addSampleClip', {}), onSuccess: invalidate });
}

export function useAddTextClip() {
  const invalidate = useInvalidateLibrary();
  return useMutation({
    mutationFn: (input: MethodInput<'addTextClip'>) => call('addTextClip', input),
    onSuccess: invalidate,
    meta: { inlineError: true } satisfies AppMutationMeta,
  });
}

export function useSetClaimStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'setClaimStatus'>) => call('setClaimStatus', input),
    onSuccess: async (claim) => {
      await Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.claim(claim.id) }),
        claim.clipId ? client.invalidateQueries({ queryKey: queryKeys.clip(claim.clipId) }) : undefined,
      ]);
    },
    meta: { inlineError: true } satisfies AppMutationMeta,
  });
}
