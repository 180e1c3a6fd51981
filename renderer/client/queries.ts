import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput, MethodName } from '../../shared/api/contract';
import type { TrashKind, TrashPage } from '../../shared/api/views';
import type { SourceKind } from '../../shared/domain/entities';
import type { Status } from '../../shared/domain/status';
import { call } from './call';
import { fetchAllPages } from './fetch-all-pages';
import type { AppMutationMeta } from './query-client';

/**
 * Server state for the desk, one hook per need. Query keys live here so invalidation after a
 * mutation is decided in one place.
 */
export const queryKeys = {
  info: ['notebook-info'] as const,
  clips: ['clips'] as const,
  clipPage: (page: number) => ['clips', 'page', page] as const,
  /** A page of the library narrowed to one story; under the same prefix, so adding a clip refreshes it too. */
  storyClipPage: (storyId: string, page: number) => ['clips', 'story', storyId, page] as const,
  clip: (id: string) => ['clip', id] as const,
  claim: (id: string) => ['claim', id] as const,
  stories: ['stories'] as const,
  /** Claim lists (board columns, a source's claims): one prefix, so any claim change refreshes them all. */
  claimLists: ['claims'] as const,
  claimList: (filter: Record<string, string | undefined>) => ['claims', filter] as const,
  sources: ['sources'] as const,
  /** One page of the virtualised sources list (renderer/sources/source-list.tsx), by kind ('all' for every kind). */
  sourcePage: (kind: string | undefined, page: number) => ['sources', 'list', kind ?? 'all', page] as const,
  /** One page of a virtualised board column. */
  claimPage: (filter: Record<string, string | undefined>, page: number) => ['claims', filter, 'page', page] as const,
  sourcePicker: ['sources', 'picker'] as const,
  trash: ['trash'] as const,
  trashList: (kind: TrashKind) => ['trash', kind] as const,
  /** Whether the search index is built (issue 7); search results themselves are not cached (renderer/search/use-search.ts). */
  searchStatus: ['search', 'status'] as const,
};

/** How many clips the library asks for at a time; the list is virtualised, so only the pages in view are fetched. */
export const CLIP_PAGE_SIZE = 100;
/** Stories are fetched whole, in pages this size (the most the contract allows), so no picker or filter misses one. */
export const STORY_FETCH_SIZE = 500;

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

/** Every story, newest first: the stories list, the board's story filter and Export brief's story choice offer them all. */
export function useStories() {
  return useQuery({
    queryKey: queryKeys.stories,
    queryFn: () => fetchAllPages((offset, limit) => call('listStories', { offset, limit }), STORY_FETCH_SIZE),
  });
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

/* ---- Organise and verify: the board, sources, trash, stories and undo (issue 4). ---- */

/** How many cards a board column (or a source's claim list) asks for at a time. */
export const CLAIM_PAGE_SIZE = 25;
export const SOURCE_PAGE_SIZE = 50;
/** How many deleted claims or sources the trash shows at a time. */
export const TRASH_PAGE_SIZE = 50;
/**
 * The link-a-source picker and the board's source filter list this many sources, newest first; typing
 * in "Find by title" searches them all, so a notebook of 20k sources sends a page, not all of them.
 */
export const SOURCE_PICKER_SIZE = 100;

export interface ClaimFilter {
  status?: Status | undefined;
  storyId?: string | undefined;
  clipId?: string | undefined;
  sourceId?: string | undefined;
}

function nextOffset(last: { offset: number; items: unknown[]; total: number }): number | undefined {
  const next = last.offset + last.items.length;
  return next < last.total ? next : undefined;
}

/** Claims matching a filter, a page at a time ("Show more" asks for the next). */
export function useClaimPages(filter: ClaimFilter) {
  const clean = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as ClaimFilter;
  return useInfiniteQuery({
    queryKey: queryKeys.claimList(clean as Record<string, string | undefined>),
    queryFn: ({ pageParam }) => call('listClaims', { ...clean, offset: pageParam, limit: CLAIM_PAGE_SIZE }),
    initialPageParam: 0,
    getNextPageParam: nextOffset,
    // Claims are marked and moved from many places (the reader, suggestions, the CLI); a list shown again is fetched again.
    staleTime: 0,
  });
}

/** One page of a board column (claims of one status, filtered): a virtualised column fetches the pages in view. */
export function claimPageQuery(filter: ClaimFilter, page: number) {
  const clean = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as ClaimFilter;
  return {
    queryKey: queryKeys.claimPage(clean as Record<string, string | undefined>, page),
    queryFn: () => call('listClaims', { ...clean, offset: page * CLAIM_PAGE_SIZE, limit: CLAIM_PAGE_SIZE }),
  };
}

/** One page of the sources library, optionally of one kind: the virtualised list fetches the pages in view. */
export function sourcePageQuery(kind: SourceKind | undefined, page: number) {
  return {
    queryKey: queryKeys.sourcePage(kind, page),
    queryFn: () => call('listSources', { ...(kind ? { kind } : {}), offset: page * SOURCE_PAGE_SIZE, limit: SOURCE_PAGE_SIZE }),
  };
}

/** Sources to pick from when linking one to a claim or filtering the board. */
export function useSourcePicker() {
  return useQuery({ queryKey: queryKeys.sourcePicker, queryFn: () => call('listSources', { offset: 0, limit: SOURCE_PICKER_SIZE }) });
}

/** The first page of the library, for pickers (the board's clip filter). Shares its cache with the library. */
export function useFirstClipPage() {
  return useQuery({ queryKey: queryKeys.clipPage(0), queryFn: () => call('listClips', { offset: 0, limit: CLIP_PAGE_SIZE }) });
}

type TrashPageOf<K extends TrashKind> = Extract<TrashPage, { kind: K }>;

/** Deleted claims or deleted sources, newest deletion first, a page at a time ("Show more" asks for the next). */
export function useTrashPages<K extends TrashKind>(kind: K) {
  return useInfiniteQuery({
    queryKey: queryKeys.trashList(kind),
    // listTrash answers with a page of the kind asked for; the contract's one result type is the union.
    queryFn: async ({ pageParam }) => (await call('listTrash', { kind, offset: pageParam, limit: TRASH_PAGE_SIZE })) as TrashPageOf<K>,
    initialPageParam: 0,
    getNextPageParam: nextOffset,
  });
}

/**
 * Refreshes whatever is on screen after a change. A status change, link or delete shows in the reader's
 * highlights, the claims panel, the board, the library's counts, a source's claims and the trash at once,
 * so every active query is refetched rather than guessing which ones a change touched.
 */
export function useRefreshNotebook() {
  const client = useQueryClient();
  return () => client.invalidateQueries();
}

/** Any notebook method as a mutation that refreshes the desk on success. The form that sends it shows its error. */
export function useNotebookMutation<M extends MethodName>(method: M) {
  const refresh = useRefreshNotebook();
  return useMutation({
    mutationFn: (input: MethodInput<M>) => call(method, input),
    onSuccess: refresh,
    meta: { inlineError: true } satisfies AppMutationMeta,
  });
}


/** Suggested claims for a clip, asked for only while the reporter has the suggestions panel open. */
export const suggestionsKey = (clipId: string) => ['suggestions', clipId] as const;
export const SUGGESTION_LIMIT = 12;

export function useSuggestions(clipId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: suggestionsKey(clipId ?? ''),
    queryFn: () => call('suggestClaims', { clipId: clipId!, limit: SUGGESTION_LIMIT }),
    enabled: enabled && clipId !== null,
  });
}

/** Marks a claim (from a selection, an accepted suggestion, or typed in without a clip); the form shows its error. */
export function useAddClaim() {
  const refresh = useRefreshNotebook();
  return useMutation({
    mutationFn: (input: MethodInput<'addClaim'>) => call('addClaim', input),
    onSuccess: refresh,
    meta: { inlineError: true } satisfies AppMutationMeta,
  });
}

/** Hides a suggestion for good: it leaves the list at once, and the server remembers the dismissal. */
export function useDismissSuggestion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'dismissSuggestion'>) => call('dismissSuggestion', input),
    onSuccess: async (_result, input) => {
      client.setQueryData(suggestionsKey(input.clipId), (old: { key: string }[] | undefined) => old?.filter((s) => s.key !== input.key));
      await client.invalidateQueries({ queryKey: suggestionsKey(input.clipId) });
    },
    meta: { inlineError: true } satisfies AppMutationMeta,
  });
}

/* ---- Clipping (issue 3). ---- */

/** Refreshes the library and the notebook's counts after a capture added (or found) a clip. */
export function useRefreshLibrary() {
  return useInvalidateLibrary();
}
