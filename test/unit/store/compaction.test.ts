import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUPS_KEPT } from '../../../main/store/backups';
import { checkNotebook } from '../../../main/store/check-notebook';
import { openNotebook } from '../../../main/store/open-notebook';
import { addClip, claimRecord, evidenceRecord, sourceRecord, statusOp } from '../../support/make-records';
import { useTempDirs } from './temp-notebook';

const tempNotebook = useTempDirs();

async function fillNotebook(dir: string, options: Parameters<typeof openNotebook>[1]) {
  const store = await openNotebook(dir, { create: true, ...options });
  for (let i = 0; i < 5; i++) {
    const clip = await addClip(store, `Article ${i}.\n\nThe budget grew by ${i * 7}% last year.`, `Article ${i}`);
    const claim = claimRecord(clip.id, `The budget grew by ${i * 7}% last year.`);
    const source = sourceRecord(`Budget office report ${i}`);
    const evidence = evidenceRecord(claim.id, source.id);
    await store.commit([{ type: 'claim.put', claim }, { type: 'source.put', source }, { type: 'evidence.put', evidence }]);
    await store.commit([statusOp(claim, 'in_progress', 'Asked the budget office')]);
    if (i % 2 === 0) await store.commit([{ type: 'evidence.remove', evidenceId: evidence.id }]);
  }
  return store;
}

describe('compaction', () => {
  it('folds the journal into notebook.json; reopening gives the same data', async () => {
    const dir = tempNotebook();
    const store = await fillNotebook(dir, { compactOnClose: false });
    const before = structuredClone(store.data);
    await store.compact();
    expect(store.lastCompactionError).toBeNull();
    const snapshot = JSON.parse(readFileSync(join(dir, 'notebook.json'), 'utf8')) as { journalThrough: number; claims: object };
    expect(snapshot.journalThrough).toBeGreaterThan(0);
    expect(Object.keys(snapshot.claims)).toHaveLength(5);
    // Changes made while and after compacting land in the next segment and survive too.
    const late = sourceRecord('Late addition');
    await store.commit([{ type: 'source.put', source: late }]);
    await store.close();

    const reopened = await openNotebook(dir, { compactOnClose: false });
    const { sources, ...rest } = reopened.data;
    const { sources: beforeSources, ...beforeRest } = before;
    expect(rest).toEqual(beforeRest);
    expect(sources).toEqual({ ...beforeSources, [late.id]: late });
    expect((await checkNotebook(reopened)).problems).toEqual([]);
    await reopened.close();
  });

  it('compacts on close, keeps a backup of the previous snapshot, and reopens without replaying twice', async () => {
    const dir = tempNotebook();
    const store = await fillNotebook(dir, {});
    const before = structuredClone(store.data);
    await store.close();
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
    const first = await openNotebook(dir);
    expect(first.data).toEqual(before);
    await first.close();
    const second = await openNotebook(dir);
    expect(second.data).toEqual(before);
    for (const claim of Object.values(second.data.claims)) expect(claim.history).toHaveLength(2);
    await second.close();
  });

  it(`keeps only the newest ${BACKUPS_KEPT} backups`, async () => {
    const dir = tempNotebook();
    for (let i = 0; i < BACKUPS_KEPT + 3; i++) {
      const store = await openNotebook(dir, { create: true });
      await store.commit([{ type: 'source.put', source: sourceRecord(`Source ${i}`) }]);
      await store.close();
    }
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(BACKUPS_KEPT);
    const store = await openNotebook(dir);
    expect(Object.keys(store.data.sources)).toHaveLength(BACKUPS_KEPT + 3);
    await store.close();
  });

  it('compacts by itself once the journal passes its size threshold', async () => {
    const dir = tempNotebook();
    const store = await openNotebook(dir, { create: true, compactAfterBytes: 2_000, compactOnClose: false });
    for (let i = 0; i < 20; i++) await store.commit([{ type: 'source.put', source: sourceRecord(`Source number ${i}`) }]);
    await new Promise((r) => setTimeout(r, 200));
    const snapshot = JSON.parse(readFileSync(join(dir, 'notebook.json'), 'utf8')) as { sources: object };
    expect(Object.keys(snapshot.sources).length).toBeGreaterThan(0);
    await store.close();
  });
});
