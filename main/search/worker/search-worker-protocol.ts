import type { EngineAnswer, SearchQuery } from '../search-engine';
import type { IndexChange } from '../index-entry';
import type { EngineMemory } from '../search-backend';

/** Messages between the main thread and the search worker: plain data, so structured cloning carries them. */

export interface SearchWorkerData {
  /** The notebook folder: the worker reads clip texts from its clips/ itself. */
  dir: string;
}

export type SearchWorkerRequest =
  | { id: number; type: 'apply'; changes: IndexChange[] }
  | { id: number; type: 'search'; query: SearchQuery }
  | { id: number; type: 'memory' };

/** An error as it crosses: an AppError keeps its code. */
export interface SearchWorkerError {
  code?: string;
  name: string;
  message: string;
}

export type SearchWorkerMessage =
  | { type: 'ready' }
  | { type: 'done'; id: number; answer?: EngineAnswer; memory?: EngineMemory }
  | { type: 'error'; id: number; error: SearchWorkerError };
