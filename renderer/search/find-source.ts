import type { Source } from '../../shared/domain/entities';
import { ApiCallError, call } from '../client/call';

/**
 * Fetches one source for opening it in Sources, by id (`getSource`). A source deleted since the
 * search ran, or now in the trash, gives null: Sources lists neither, so there is nothing to open.
 */
export async function findSource(id: string, get: typeof call<'getSource'> = call<'getSource'>): Promise<Source | null> {
  try {
    const source = await get('getSource', { id });
    return source.deletedAt === undefined ? source : null;
  } catch (error) {
    if (error instanceof ApiCallError && error.code === 'not_found') return null;
    throw error;
  }
}
