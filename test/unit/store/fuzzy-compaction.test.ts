import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Claim, Evidence, HistoryEntry } from '../../../shared/domain/entities';
import type { NotebookData } from '../../../shared/domain/notebook-data';
import { checkNotebook } from '../../../main/store/check-notebook';
import { fsOps } from '../../../main/store/fs-ops';
import type { JournalNotebookStore } from '../../../main/store/journal-store';
import { openNotebook } from '../../../main/store/open-notebook';
import { addClip, claimRecord, evidenceRecord, sourceRecord, statusOp } from '../../support/make-records';
import { useTempDirs } from './temp-notebook';

const tempNotebook = useTempDirs();
afterEach(() => vi.restoreAllMocks());

/** A tiny slice budget: compaction yields after every record, so changes land between its slices. */
const slicedEveryRecord = { compactOnClose: false, compactSliceMs: 0, compactChunkBytes: 256 } as const;

async function seed(store: JournalNotebookStore, count: number) {
  for (let i = 0; i < count; i++) {
    const clip = await addClip(store, `Story ${i}.\n\nThe council spent ${i * 11}% more on parks.`, `Story ${i}`);
    const claim = claimRecord(clip.id, `The council spent ${i * 11}% more on parks.`);
    const source = sourceRecord(`Council accounts ${i}`);
    await store.commit([
      { type: 'claim.put', claim },
      { type: 'source.put', source },
      { type: 'evidence.put', evidence: evidenceRecord(claim.id, source.id) },
      { type: 'evidence.put', evidence: evidenceRecord(claim.id, source.id, 'context') },
    ]);
  }
}

function snapshotOnDisk(dir: string): NotebookData & { journalThrough: number } {
  return JSON.parse(readFileSync(join(dir, 'notebook.json'), 'utf8')) as NotebookData & { journalThrough: number };
}

describe('compaction while the reporter keeps working (a fuzzy checkpoint)', () => {
  it('keeps every change made during compaction: reopening gives exactly the data in memory', async () => {
    const dir = tempNotebook();
    const store = await openNotebook(dir, { create: true, ...slicedEveryRecord });
    await seed(store, 30);

    const compaction = store.compact();
    let compacting = true;
    void compaction.finally(() => (compacting = false));
    const acknowledged: Promise<void>[] = [];
    const entriesAfterCut: HistoryEntry[] = [];
    let round = 0;
    while (compacting) {
      round++;
      const claims = Object.values(store.data.claims) as Claim[];
      const claim = claims[(round * 7) % claims.length] as Claim;
      const op = statusOp(claim, claim.status === 'in_progress' ? 'unverified' : 'in_progress', `Follow-up ${round}`);
      if (op.type === 'claim.status') entriesAfterCut.push(op.entry);
      acknowledged.push(store.commit([op]));
      const evidence = Object.values(store.data.evidence) as Evidence[];
      const doomed = evidence[(round * 5) % evidence.length];
      if (round % 2 === 0 && doomed) acknowledged.push(store.commit([{ type: 'evidence.remove', evidenceId: doomed.id }]));
      if (round % 3 === 0) {
        // One commit touching three collections, which the slices reach at different times.
        const newClaim = claimRecord(null, `Late claim ${round}`);
        const source = sourceRecord(`Late source ${round}`);
        const added = evidenceRecord(newClaim.id, source.id);
        acknowledged.push(
          store.commit([
            { type: 'claim.put', claim: newClaim },
            { type: 'source.put', source },
            { type: 'evidence.put', evidence: added },
          ]),
        );
        if (round % 6 === 0) acknowledged.push(store.commit([{ type: 'evidence.remove', evidenceId: added.id }]));
      }
      await nextTurn();
    }
    await compaction;
    await Promise.all(acknowledged);
    expect(store.lastCompactionError).toBeNull();
    expect(round).toBeGreaterThan(20);

    // The snapshot is fuzzy: it already holds some of the status changes made after its cut point,
    // and lacks others; both must come out right after replay.
    const snapshot = snapshotOnDisk(dir);
    const inSnapshot = new Set(Object.values(snapshot.claims).flatMap((c) => c.history.map((e) => e.prevSha256)));
    const held = entriesAfterCut.filter((e) => inSnapshot.has(e.prevSha256));
    expect(held.length).toBeGreaterThan(0);
    expect(held.length).toBeLessThan(entriesAfterCut.length);

    const before = structuredClone(store.data);
    await store.close();
    const reopened = await openNotebook(dir, { compactOnClose: false });
    expect(reopened.notices).toEqual([]);
    expect(reopened.data).toEqual(before);
    expect((await checkNotebook(reopened)).problems).toEqual([]);
    await reopened.close();

    // And once more through a second compaction (this time with nothing changing meanwhile).
    const again = await openNotebook(dir);
    await again.close();
    const last = await openNotebook(dir, { compactOnClose: false });
    expect(last.data).toEqual(before);
    await last.close();
  });

  it('writes the same bytes JSON.stringify would, with a checksum that lets open skip re-validation', async () => {
    const dir = tempNotebook();
    const store = await openNotebook(dir, { create: true, ...slicedEveryRecord });
    await seed(store, 5);
    await store.commit([{ type: 'settings.put', settings: { reporterName: 'Ana' } }]);
    await store.compact();
    const text = readFileSync(join(dir, 'notebook.json'), 'utf8');
    const snapshot = JSON.parse(text) as NotebookData & { journalThrough: number };
    expect(text).toBe(JSON.stringify(snapshot));
    const { journalThrough, ...data } = snapshot;
    expect(journalThrough).toBeGreaterThan(0);
    expect(data).toEqual(store.data);
    const { createHash } = await import('node:crypto');
    const sum = JSON.parse(readFileSync(join(dir, 'notebook.json.sum'), 'utf8')) as { sha256: string; bytes: number; runs: unknown[] };
    expect(sum).toMatchObject({ sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text) });
    expect(sum.runs.length).toBeGreaterThan(0);
    await store.close();
  });

  it('keeps the old notebook.json when a change made during compaction cannot be saved', async () => {
    const dir = tempNotebook();
    const store = await openNotebook(dir, { create: true, ...slicedEveryRecord });
    await seed(store, 10);
    await store.close();
    const reopened = await openNotebook(dir, slicedEveryRecord);
    const old = readFileSync(join(dir, 'notebook.json'), 'utf8');
    const compaction = reopened.compact();
    // The next journal write fails (disk full): that change is in memory, maybe in the slices, but not durable.
    vi.spyOn(fsOps, 'datasync').mockRejectedValueOnce(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
    const lost = reopened.commit([{ type: 'source.put', source: sourceRecord('Never saved') }]);
    await expect(lost).rejects.toMatchObject({ code: 'io_error' });
    await expect(compaction).rejects.toMatchObject({ code: 'io_error' });
    expect(reopened.lastCompactionError).not.toBeNull();
    expect(readFileSync(join(dir, 'notebook.json'), 'utf8')).toBe(old);
    await reopened.close();
  });
});

describe('the journal backlog', () => {
  it('says how much journal notebook.json does not include yet, and drops to nothing after compaction', async () => {
    const dir = tempNotebook();
    const store = await openNotebook(dir, { create: true, compactOnClose: false });
    expect(store.pendingJournalBytes).toBe(0);
    expect(store.uncompactedCommits).toBe(0);
    expect(store.pendingJournalSegments).toBe(0);
    await store.commit([{ type: 'source.put', source: sourceRecord('Budget office') }]);
    await store.commit([{ type: 'source.put', source: sourceRecord('Court records') }]);
    const bytes = store.pendingJournalBytes;
    expect(bytes).toBeGreaterThan(100);
    expect(store.uncompactedCommits).toBe(2);
    expect(store.pendingJournalSegments).toBe(1);
    await store.close();

    // A later session sees the same backlog from the segments left on disk, plus its own.
    const next = await openNotebook(dir, { compactOnClose: false });
    expect(next.pendingJournalBytes).toBe(bytes);
    expect(next.uncompactedCommits).toBe(2);
    await next.commit([{ type: 'source.put', source: sourceRecord('Police log') }]);
    expect(next.pendingJournalSegments).toBe(2);
    expect(next.uncompactedCommits).toBe(3);
    await next.compact();
    expect(next.pendingJournalBytes).toBe(0);
    expect(next.uncompactedCommits).toBe(0);
    expect(next.pendingJournalSegments).toBe(0);
    await next.close();
  });
});
