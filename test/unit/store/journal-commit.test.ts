import { appendFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/api/result';
import type { Claim } from '../../../shared/domain/entities';
import { fsOps } from '../../../main/store/fs-ops';
import { openNotebook } from '../../../main/store/open-notebook';
import { addClip, claimRecord, sourceRecord, statusOp } from '../../support/make-records';
import { useTempDirs } from './temp-notebook';

const tempNotebook = useTempDirs();
afterEach(() => vi.restoreAllMocks());

const noCompaction = { compactOnClose: false } as const;

describe('commit', () => {
  it('applies ops in memory before it returns, and resolves only after the journal fsync', async () => {
    const dir = tempNotebook();
    // The thread-pool path, as used while a snapshot is being written, so the fsync can be held back.
    const store = await openNotebook(dir, { create: true, ...noCompaction, syncJournalWrites: false });
    let releaseSync: () => void = () => undefined;
    const datasync = fsOps.datasync;
    vi.spyOn(fsOps, 'datasync').mockImplementation(async (handle) => {
      await new Promise<void>((resolve) => (releaseSync = resolve));
      return datasync(handle);
    });
    const source = sourceRecord('City council minutes');
    let durable = false;
    const promise = store.commit([{ type: 'source.put', source }]).then(() => (durable = true));
    expect(store.data.sources[source.id]?.title).toBe('City council minutes');
    await new Promise((r) => setTimeout(r, 30));
    expect(durable).toBe(false);
    releaseSync();
    await promise;
    expect(durable).toBe(true);
    vi.restoreAllMocks();
    await store.close();
  });

  it('group-commits a burst of 100 changes into a few fsyncs and never rewrites notebook.json', async () => {
    const dir = tempNotebook();
    const store = await openNotebook(dir, { create: true, ...noCompaction, syncJournalWrites: false });
    const snapshot = join(dir, 'notebook.json');
    const before = { text: readFileSync(snapshot, 'utf8'), ino: statSync(snapshot).ino };
    const syncs = vi.spyOn(fsOps, 'datasync');
    const sources = Array.from({ length: 100 }, (_, i) => sourceRecord(`Source ${i}`));
    await Promise.all(sources.map((source) => store.commit([{ type: 'source.put', source }])));
    expect(syncs.mock.calls.length).toBeGreaterThan(0);
    expect(syncs.mock.calls.length).toBeLessThanOrEqual(5);
    expect(readFileSync(snapshot, 'utf8')).toBe(before.text);
    expect(statSync(snapshot).ino).toBe(before.ino);
    await store.close();
    const reopened = await openNotebook(dir, noCompaction);
    expect(Object.keys(reopened.data.sources)).toHaveLength(100);
    await reopened.close();
  });

  it('appends on the main thread when idle: still group-committed, resolved after the fsync, and durable', async () => {
    const dir = tempNotebook();
    const store = await openNotebook(dir, { create: true, ...noCompaction });
    const syncAppends = vi.spyOn(fsOps, 'appendDurableSync');
    const poolSyncs = vi.spyOn(fsOps, 'datasync');
    const sources = Array.from({ length: 100 }, (_, i) => sourceRecord(`Idle source ${i}`));
    let resolved = 0;
    const all = Promise.all(sources.map((source) => store.commit([{ type: 'source.put', source }]).then(() => resolved++)));
    expect(resolved).toBe(0);
    await all;
    expect(syncAppends.mock.calls.length).toBeGreaterThan(0);
    expect(syncAppends.mock.calls.length).toBeLessThanOrEqual(5);
    expect(poolSyncs).not.toHaveBeenCalled();
    await store.close();
    const reopened = await openNotebook(dir, noCompaction);
    expect(Object.keys(reopened.data.sources)).toHaveLength(100);
    await reopened.close();
  });

  it('leaves the fsync to the thread pool while a snapshot is being written', async () => {
    const dir = tempNotebook();
    const store = await openNotebook(dir, { create: true, ...noCompaction, compactSliceMs: 0 });
    for (let i = 0; i < 50; i++) await store.commit([{ type: 'source.put', source: sourceRecord(`Before ${i}`) }]);
    const syncAppends = vi.spyOn(fsOps, 'appendDurableSync');
    const poolSyncs = vi.spyOn(fsOps, 'datasync');
    const compaction = store.compact();
    await store.commit([{ type: 'source.put', source: sourceRecord('During the snapshot') }]);
    await compaction;
    expect(poolSyncs).toHaveBeenCalled();
    expect(syncAppends).not.toHaveBeenCalled();
    await store.commit([{ type: 'source.put', source: sourceRecord('After the snapshot') }]);
    expect(syncAppends).toHaveBeenCalledTimes(1);
    await store.close();
  });

  it('replays the journal on reopen, stamping each op with its own id, device and time', async () => {
    const dir = tempNotebook();
    const store = await openNotebook(dir, { create: true, device: 'laptop-7', clock: () => Date.parse('2025-03-01T10:00:00.000Z'), ...noCompaction });
    const clip = await addClip(store, 'The mayor said 40% of roads were repaired.\n\nCritics disagree.', 'Roads');
    const claim = claimRecord(clip.id, 'The mayor said 40% of roads were repaired.');
    await store.commit([{ type: 'claim.put', claim }]);
    await store.commit([statusOp(claim, 'in_progress', 'Calling the roads department')]);
    await store.close();
    const journalDir = join(dir, 'journal');
    const lines = readdirSync(journalDir).flatMap((f) => readFileSync(join(journalDir, f), 'utf8').split('\n').filter(Boolean));
    const entries = lines.flatMap((line) => JSON.parse(line.slice(line.indexOf(' ') + 1)) as { id: string; device: string; at: string }[]);
    expect(entries).toHaveLength(3);
    expect(new Set(entries.map((e) => e.id)).size).toBe(3);
    expect(entries.every((e) => e.device === 'laptop-7' && e.at === '2025-03-01T10:00:00.000Z')).toBe(true);

    const reopened = await openNotebook(dir, noCompaction);
    expect(reopened.data.clips[clip.id]?.title).toBe('Roads');
    expect(reopened.data.claims[claim.id]?.status).toBe('in_progress');
    expect(reopened.data.claims[claim.id]?.history).toHaveLength(2);
    expect(await reopened.readBody(clip.textSha256, 'txt')).toContain('Critics disagree.');
    await reopened.close();
  });

  it('ignores a torn last line left by a crash, and keeps every complete commit', async () => {
    const dir = tempNotebook();
    const store = await openNotebook(dir, { create: true, ...noCompaction });
    const kept = sourceRecord('Kept');
    await store.commit([{ type: 'source.put', source: kept }]);
    await store.close();
    const journalDir = join(dir, 'journal');
    const segment = join(journalDir, readdirSync(journalDir)[0] ?? '');
    const torn = sourceRecord('Torn');
    const full = readFileSync(segment, 'utf8');
    appendFileSync(segment, `0123456789abcdef [{"id":"${torn.id}","device":"x","at":"2025-01-0`);
    expect(readFileSync(segment, 'utf8').length).toBeGreaterThan(full.length);
    const reopened = await openNotebook(dir, noCompaction);
    expect(reopened.data.sources[kept.id]?.title).toBe('Kept');
    expect(reopened.data.sources[torn.id]).toBeUndefined();
    expect(reopened.notices).toEqual([]);
    // New commits go to a fresh segment, so they are never glued onto the torn line.
    const after = sourceRecord('After the crash');
    await reopened.commit([{ type: 'source.put', source: after }]);
    await reopened.close();
    const again = await openNotebook(dir, noCompaction);
    expect(again.data.sources[after.id]?.title).toBe('After the crash');
    await again.close();
  });

  it('never applies a line whose checksum does not match', async () => {
    const dir = tempNotebook();
    const store = await openNotebook(dir, { create: true, ...noCompaction });
    const first = sourceRecord('First');
    const second = sourceRecord('Second');
    await store.commit([{ type: 'source.put', source: first }]);
    await store.commit([{ type: 'source.put', source: second }]);
    await store.close();
    const journalDir = join(dir, 'journal');
    const segment = join(journalDir, readdirSync(journalDir)[0] ?? '');
    const text = readFileSync(segment, 'utf8');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(segment, text.replace('"First"', '"Fir$t"'));
    const reopened = await openNotebook(dir, noCompaction);
    expect(reopened.data.sources[first.id]).toBeUndefined();
    expect(reopened.data.sources[second.id]?.title).toBe('Second');
    expect(reopened.notices.join(' ')).toMatch(/could not be read \(its checksum does not match\)/);
    await reopened.close();
  });

  it.each([
    ['on the main thread', true],
    ['on the thread pool', false],
  ])('rejects with io_error when the disk write fails (%s), and refuses later commits', async (_path, syncJournalWrites) => {
    const dir = tempNotebook();
    const store = await openNotebook(dir, { create: true, ...noCompaction, syncJournalWrites });
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    if (syncJournalWrites) {
      vi.spyOn(fsOps, 'appendDurableSync').mockImplementationOnce(() => {
        throw full;
      });
    } else {
      vi.spyOn(fsOps, 'datasync').mockRejectedValueOnce(full);
    }
    const failed = store.commit([{ type: 'source.put', source: sourceRecord('Lost') }]);
    await expect(failed).rejects.toMatchObject({ code: 'io_error' });
    await expect(failed).rejects.toThrow(/could not be saved.*free space.*reopen the notebook/);
    await expect(store.commit([{ type: 'source.put', source: sourceRecord('Later') }])).rejects.toBeInstanceOf(AppError);
    await store.close();
  });

  it('refuses a status change that does not extend the claim history (a stale edit), leaving memory untouched', async () => {
    const dir = tempNotebook();
    const store = await openNotebook(dir, { create: true, ...noCompaction });
    const claim = claimRecord(null, 'Unemployment fell to 3%.');
    await store.commit([{ type: 'claim.put', claim }]);
    const stale: Claim = structuredClone(claim);
    await store.commit([statusOp(claim, 'in_progress')]);
    await expect(store.commit([statusOp(stale, 'unverifiable', 'No data')])).rejects.toMatchObject({ code: 'conflict' });
    expect(store.data.claims[claim.id]?.status).toBe('in_progress');
    expect(store.data.claims[claim.id]?.history).toHaveLength(2);
    await store.close();
  });

  it('refuses to open a folder that is not a notebook, saying how to make one', async () => {
    const dir = tempNotebook();
    await expect(openNotebook(dir)).rejects.toMatchObject({ code: 'not_found' });
    await expect(openNotebook(dir)).rejects.toThrow(/is not a notebook.*init/);
  });

  it('lays out a new notebook as the design says', async () => {
    const dir = tempNotebook();
    const store = await openNotebook(dir, { create: true, ...noCompaction });
    await store.close();
    expect(readdirSync(dir).sort()).toEqual(expect.arrayContaining(['assets', 'backups', 'clips', 'journal', 'notebook.json']));
    expect(JSON.parse(readFileSync(join(dir, 'notebook.json'), 'utf8'))).toMatchObject({ schemaVersion: 1, clips: {}, claims: {} });
  });

  it('reports a missing body as not_found', async () => {
    const dir = tempNotebook();
    const store = await openNotebook(dir, { create: true, ...noCompaction });
    await expect(store.readBody('a'.repeat(64), 'txt')).rejects.toMatchObject({ code: 'not_found' });
    await expect(store.readBody('../notebook', 'txt')).rejects.toMatchObject({ code: 'not_found' });
    await store.close();
  });
});
