import { describe, expect, it } from 'vitest';
import type { IndexEntry } from '../../../main/search/index-entry';
import { SearchEngine } from '../../../main/search/search-engine';

/**
 * Edited and removed records leave old versions in the word index until the worker sweeps them while
 * idle: searches must never see those versions, before or after the sweep.
 */

const claim = (n: number, main: string, more = ''): IndexEntry => ({ kind: 'claim', n, id: `01K${String(n).padStart(23, '0')}`, main, more, date: '2026-11-28T00:00:00.000Z', status: 'unverified', trashed: false, up: -1, source: -1 });

async function found(engine: SearchEngine, query: string): Promise<number[]> {
  const answer = await engine.search({ query, kinds: ['claim'], limit: 50 });
  return (answer.kinds[0]?.ranked ?? []).map((record) => record.n).sort((a, b) => a - b);
}

describe('sweeping old versions out of the word index', () => {
  it('answers the same before and after a sweep, and the sweep empties the dead versions', async () => {
    const engine = new SearchEngine(async () => '');
    for (let n = 0; n < 20; n++) await engine.apply(claim(n, `ferry fares rose ${n}`, 'checked with the port'));
    // Edit half of them many times, and remove a few.
    for (let round = 0; round < 5; round++) {
      for (let n = 0; n < 10; n++) await engine.apply(claim(n, round % 2 === 0 ? `bus fares fell ${n}` : `ferry fares rose ${n}`, `rationale ${round}`));
    }
    await engine.apply({ kind: 'removed', n: 15 });
    await engine.apply({ kind: 'removed', n: 16 });
    expect(engine.deadVersions).toBe(52);
    const before = { ferry: await found(engine, 'ferry'), bus: await found(engine, 'bus fell'), port: await found(engine, 'port'), rationale: await found(engine, 'rationale') };
    // The last round (4) wrote "bus fares fell" with "rationale 4" into claims 0–9.
    expect(before.bus).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(before.ferry).toEqual([10, 11, 12, 13, 14, 17, 18, 19]);
    expect(before.port).toEqual([10, 11, 12, 13, 14, 17, 18, 19]);
    while (engine.sweep(1) > 0);
    expect(engine.deadVersions).toBe(0);
    expect({ ferry: await found(engine, 'ferry'), bus: await found(engine, 'bus fell'), port: await found(engine, 'port'), rationale: await found(engine, 'rationale') }).toEqual(before);
  });
});
