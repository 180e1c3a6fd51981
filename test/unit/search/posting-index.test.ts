import { describe, expect, it } from 'vitest';
import { MAIN_FIELD, MORE_FIELD, PostingIndex } from '../../../main/search/posting-index';

/** The packed word lists: what a search reads back is the live versions of records holding a word. */
const live = (index: PostingIndex, word: string) => {
  const { items, length } = index.find(word);
  const out: Array<{ slot: number; field: number; bucket: number }> = [];
  for (let i = 0; i < length; i++) {
    const posting = items[i] as number;
    if (!index.isDead(posting >>> 4)) out.push({ slot: posting >>> 4, field: (posting >>> 3) % 2, bucket: posting & 7 });
  }
  return out;
};

describe('the posting index', () => {
  it('records each word once per field, with where in the field it first appears', () => {
    const index = new PostingIndex();
    const slot = index.add(['port', 'cargo', 'port'], ['cargo', 'theft', 'at', 'the', 'port', 'rose', 'police', 'said']);
    expect(live(index, 'port')).toEqual([
      { slot, field: MAIN_FIELD, bucket: 0 },
      { slot, field: MORE_FIELD, bucket: 4 },
    ]);
    expect(live(index, 'said')).toEqual([{ slot, field: MORE_FIELD, bucket: 7 }]);
    expect(live(index, 'ferry')).toEqual([]);
  });

  it('forgets an edited version, also after sweeping dead postings out of long lists', () => {
    const index = new PostingIndex(10);
    let slot = index.add(['budget'], ['draft']);
    for (let i = 0; i < 200; i++) index.add(['budget', `word${i}`], []);
    for (let edit = 0; edit < 151; edit++) {
      index.kill(slot);
      slot = index.add(['budget'], [edit % 2 === 0 ? 'final' : 'draft']);
    }
    // 200 other records and the one edited record's latest version hold "budget".
    expect(live(index, 'budget')).toHaveLength(201);
    expect(live(index, 'draft')).toEqual([]);
    expect(live(index, 'final')).toEqual([{ slot, field: MORE_FIELD, bucket: 0 }]);
    // Swept: most dead versions' postings are gone from the lists, not just skipped (151 edits left
    // 302 dead postings; a sweep runs once they are a quarter of all, so fewer than ~120 remain).
    expect(index.find('budget').length).toBeLessThan(201 + 60);
    expect(index.size).toBeLessThan(402 + 2 + 120);
  });
});
