import { describe, expect, it } from 'vitest';
import { bucketOf, MAIN_FIELD, MORE_FIELD, WordIndex } from '../../../main/search/word-index';

/** The FlexSearch word index, read back as what a search sees: the versions holding a word, with field and bucket. */
const holders = (index: WordIndex, word: string) => {
  const out: Array<{ slot: number; field: number; bucket: number }> = [];
  for (const field of [MAIN_FIELD, MORE_FIELD]) {
    index.find(word, field).forEach((slots, bucket) => {
      for (const slot of slots ?? []) out.push({ slot, field, bucket });
    });
  }
  return out;
};

describe('the word index', () => {
  it('records each word once per field, with where in the field it first appears', () => {
    const index = new WordIndex();
    const slot = index.add(['port', 'cargo', 'port'], ['cargo', 'theft', 'at', 'the', 'port', 'rose', 'police', 'said']);
    expect(holders(index, 'port')).toEqual([
      { slot, field: MAIN_FIELD, bucket: 0 },
      { slot, field: MORE_FIELD, bucket: 4 },
    ]);
    expect(holders(index, 'said')).toEqual([{ slot, field: MORE_FIELD, bucket: 7 }]);
    expect(holders(index, 'ferry')).toEqual([]);
  });

  it('keeps figures whole, as typed', () => {
    const index = new WordIndex();
    const slot = index.add(['122', 'signatories'], ['1000000', 'mines', '2024']);
    expect(holders(index, '1000000')).toEqual([{ slot, field: MORE_FIELD, bucket: 0 }]);
    expect(holders(index, '122')).toEqual([{ slot, field: MAIN_FIELD, bucket: 0 }]);
    expect(holders(index, '000')).toEqual([]);
  });

  it('returns every holder of a common word, not a first page', () => {
    const index = new WordIndex();
    for (let i = 0; i < 2_500; i++) index.add([], ['the', `word${i}`]);
    expect(holders(index, 'the')).toHaveLength(2_500);
  });

  it('drops edited and removed versions when swept, a budget at a time', () => {
    const index = new WordIndex();
    let slot = index.add(['budget'], ['draft']);
    const other = index.add(['budget', 'vote'], []);
    for (let edit = 0; edit < 151; edit++) {
      index.kill(slot);
      slot = index.add(['budget'], [edit % 2 === 0 ? 'final' : 'draft']);
    }
    index.kill(other);
    // Dead versions stay until swept (the engine skips them meanwhile).
    expect(index.deadCount).toBe(152);
    expect(holders(index, 'budget').length).toBe(153);
    // A zero budget still removes one, so sweeping always moves on.
    expect(index.sweep(0)).toBe(151);
    while (index.sweep(5) > 0);
    expect(holders(index, 'budget')).toEqual([{ slot, field: MAIN_FIELD, bucket: 0 }]);
    expect(holders(index, 'draft')).toEqual([]);
    expect(holders(index, 'vote')).toEqual([]);
    expect(holders(index, 'final')).toEqual([{ slot, field: MORE_FIELD, bucket: 0 }]);
    expect(index.slotCount).toBe(153);
  });

  it('spreads positions over eight buckets', () => {
    expect([0, 1, 7, 8, 99].map((position) => bucketOf(position, 100))).toEqual([0, 0, 0, 0, 7]);
    expect(bucketOf(3, 4)).toBe(6);
  });
});
