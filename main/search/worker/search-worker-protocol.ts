import type { SearchGroup } from '../../../shared/api/search-views';
import type { SearchQuery } from '../search-engine';
import type { SearchChange } from '../search-records';

/** Messages between the main thread and the search worker: plain data, so structured cloning carries them. */

export interface SearchWorkerData {
  /** The notebook folder: the worker reads clip texts from its clips/ itself. */
  dir: string;
}

export type SearchWorkerRequest =
  | { id: number; type: 'apply'; changes: SearchChange[] }
  | { id: number; type: 'search'; query: SearchQuery };

/** An error as it crosses: an AppError keeps its code. */
export interface SearchWorkerError {
  code?: string;
  name: string;
  message: string;
}

export type SearchWorkerMessage =
  | { type: 'ready' }
  | { type: 'done'; id: number; groups?: SearchGroup[] }
  | { type: 'error'; id: number; error: SearchWorkerError };
