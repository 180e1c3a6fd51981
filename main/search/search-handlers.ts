import type { Handlers } from '../api/dispatch';
import type { SearchMethodName } from '../../shared/api/search-method-names';
import type { SearchService } from './search-service';

/** The search section's handlers (issue 7): the notebook's search service, through the contract. */
export function createSearchHandlers(search: SearchService): Pick<Handlers, SearchMethodName> {
  return {
    search: (input) => search.search(input),
    getSearchStatus: () => search.status(),
  };
}
