import type { Source } from '../../shared/domain/entities';
import { call } from '../client/call';

const PAGE = 500;

/**
 * Fetches one source for opening it in Sources. The contract has no `getSource` yet, so this pages
 * through `listSources` (newest first, 500 at a time) until it meets the id: a source found by search
 * is usually a recent one, met on the first page. Replace with `getSource` once the contract has it.
 */
export async function findSource(id: string, list: typeof call<'listSources'> = call<'listSources'>): Promise<Source | null> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await list('listSources', { offset, limit: PAGE });
    const found = page.items.find((s) => s.id === id);
    if (found) return found;
    if (page.items.length === 0 || offset + page.items.length >= page.total) return null;
  }
}
