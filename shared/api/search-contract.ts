import { z } from 'zod';
import { idSchema, sourceKindSchema, statusSchema } from '../domain/entities';
import { empty, method, optionalText } from './contract-helpers';
import type { SearchMethodName } from './search-method-names';
import { SEARCH_KINDS, type SearchResults, type SearchStatus } from './search-views';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2024-03-31');

/** The search section of the contract (issue 7). */
export const searchContract = {
  /**
   * Full-text search: prefix and typo-tolerant words, "quoted phrases". Results are ranked and
   * grouped by kind, each with a highlighted snippet and where to open it.
   */
  search: method<SearchResults>()(
    z
      .object({
        query: z.string().trim().min(1).max(500),
        kinds: z.array(z.enum(SEARCH_KINDS)).max(SEARCH_KINDS.length).optional(),
        status: z.array(statusSchema).max(6).optional(),
        storyId: idSchema.optional(),
        sourceKind: sourceKindSchema.optional(),
        from: isoDay.optional(),
        to: isoDay.optional(),
        outlet: optionalText(500),
        /** Hits per kind. */
        limit: z.number().int().min(1).max(100).default(10),
      })
      .strict(),
  ),
  /** Whether the index is built yet, for the "indexing…" state. */
  getSearchStatus: method<SearchStatus>()(empty),
} as const satisfies Record<SearchMethodName, { input: z.ZodType; result: unknown }>;
