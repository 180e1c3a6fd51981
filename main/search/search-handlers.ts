import type { Handlers } from '../api/dispatch';
import type { SearchMethodName } from '../../shared/api/search-method-names';
import { AppError } from '../../shared/api/result';
import type { ServiceContext } from '../services/service-context';

/** The search section's handlers (issue 7). Scaffolding: the search index replaces this. */
export function createSearchHandlers(_ctx: ServiceContext): Pick<Handlers, SearchMethodName> {
  return {
    search: () => {
      throw new AppError('unavailable', 'Search is not built yet.');
    },
    getSearchStatus: () => ({ state: 'indexing', indexed: 0, total: 0 }),
  };
}
