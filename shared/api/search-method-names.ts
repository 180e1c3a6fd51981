/** The search section's method names (issue 7); zod-free, like method-names.ts. */
export const SEARCH_METHOD_NAMES = ['search', 'getSearchStatus'] as const;
export type SearchMethodName = (typeof SEARCH_METHOD_NAMES)[number];
