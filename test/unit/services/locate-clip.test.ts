import { describe, expect, it } from 'vitest';
import type { ClipSummary, Page } from '../../../shared/api/views';
import { createHarness } from './service-harness';

/** `locateClip`: a clip's row in the library, so one opened from search is marked in its own row. */
describe('locateClip', () => {
  it('gives each clip the row listClips shows it in, and names a missing id', async () => {
    const h = createHarness();
    for (let i = 0; i < 7; i++) await h.clip(`The council met for the ${i}th time and voted on the budget.`, `Meeting ${i}`);
    const library = (await h.call<Page<ClipSummary>>('listClips', { limit: 500 })).items;
    for (const [row, clip] of library.entries()) {
      expect(await h.call<{ position: number }>('locateClip', { id: clip.id })).toEqual({ position: row });
    }
    expect((await h.refused('locateClip', { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' })).code).toBe('not_found');
  });
});
