import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNotebook } from '../../../main/store/open-notebook';
import { SnapshotAdapter } from '../../../main/store/snapshot-adapter';
import { readSnapshotRuns, type SnapshotSum } from '../../../main/store/snapshot-runs';
import { writeJsonFileStreamed } from '../../../main/store/stream-json';
import { useTempDirs } from './temp-notebook';

/**
 * Open parses notebook.json a record run at a time (a few MB) instead of all its text at once: the
 * result must be exactly what JSON.parse of the whole file gives, and anything that does not match the
 * sum must fall back to the ordinary read, never return something else.
 */

const tempDir = useTempDirs();

/** A notebook-shaped value: collections keyed by id (with non-ASCII text), and plain members. */
function notebookLike(records: number): Record<string, unknown> {
  const collection = (prefix: string) =>
    Object.fromEntries(Array.from({ length: records }, (_, i) => [`${prefix}${i}`, { id: `${prefix}${i}`, text: `Élysée “${i}” 🇺🇦 ${'x'.repeat(i % 50)}`, n: i }]));
  return { schemaVersion: 5, notebookId: 'nb', createdAt: '2024-01-01', settings: { reporterName: 'Ana' }, clips: collection('c'), claims: collection('k'), empty: {}, stories: collection('s'), journalThrough: 3 };
}

async function written(value: Record<string, unknown>, runBytes = 300): Promise<{ path: string; sum: SnapshotSum }> {
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'notebook.json');
  const file = await writeJsonFileStreamed(path, value, { budget: { sliceMs: 1000, chunkBytes: 100 }, runBytes });
  return { path, sum: { sha256: file.sha256, bytes: file.bytes, runs: file.runs } };
}

describe('reading notebook.json by record runs', () => {
  it('gives exactly what parsing the whole file gives, keys in the same order', async () => {
    const value = notebookLike(120);
    const { path, sum } = await written(value);
    // Several runs per large collection, none for an empty one.
    expect(sum.runs?.filter(([name]) => name === 'claims').length).toBeGreaterThan(3);
    expect(sum.runs?.some(([name]) => name === 'empty')).toBe(false);
    const whole = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const inRuns = await readSnapshotRuns(path, sum);
    expect(inRuns).toEqual(whole);
    expect(JSON.stringify(inRuns)).toBe(readFileSync(path, 'utf8'));
  });

  it('cuts each run at whole records of one collection', async () => {
    const { path, sum } = await written(notebookLike(40));
    const bytes = readFileSync(path);
    const prefixes: Record<string, string> = { clips: 'c', claims: 'k', stories: 's' };
    const seen: Record<string, string[]> = {};
    for (const [name, start, end] of sum.runs ?? []) {
      const text = bytes.subarray(start, end).toString('utf8');
      const records = JSON.parse(`{${text.replace(/^,/, '')}}`) as Record<string, { id: string }>;
      (seen[name] ??= []).push(...Object.keys(records));
      if (name === 'settings') continue; // a plain member written like a collection: its values are not records
      for (const [id, record] of Object.entries(records)) expect(`${prefixes[name]}:${record.id}`).toBe(`${prefixes[name]}:${id}`);
    }
    // Together the runs hold every record of every collection once, in order.
    expect(seen).toEqual({ settings: ['reporterName'], clips: Object.keys(notebookLike(40).clips as object), claims: Object.keys(notebookLike(40).claims as object), stories: Object.keys(notebookLike(40).stories as object) });
  });

  it('keeps an id spelled "__proto__" as a record, not a prototype', async () => {
    const records: Record<string, unknown> = JSON.parse('{"a":{"n":1},"__proto__":{"n":2},"b":{"n":3}}') as Record<string, unknown>;
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'notebook.json');
    // One record per write and per run, so "__proto__" arrives in a later run of the collection.
    const file = await writeJsonFileStreamed(path, { schemaVersion: 5, items: records }, { budget: { sliceMs: 1000, chunkBytes: 1 }, runBytes: 1 });
    const sum = { sha256: file.sha256, bytes: file.bytes, runs: file.runs };
    expect(file.runs.filter(([name]) => name === 'items')).toHaveLength(3);
    const read = (await readSnapshotRuns(path, sum)) as { items: Record<string, unknown> };
    expect(Object.keys(read.items)).toEqual(['a', '__proto__', 'b']);
    expect(Object.getPrototypeOf(read.items)).toBe(Object.prototype);
  });

  it('refuses a file that differs from its sum by one byte, or runs that make no sense', async () => {
    const { path, sum } = await written(notebookLike(30));
    const original = readFileSync(path);
    const changed = Buffer.from(original);
    const at = changed.indexOf('k17');
    changed[at + 2] = '8'.charCodeAt(0);
    writeFileSync(path, changed);
    expect(await readSnapshotRuns(path, sum)).toBeUndefined();
    writeFileSync(path, original);
    expect(await readSnapshotRuns(path, sum)).toBeDefined();
    const runs = sum.runs ?? [];
    for (const bad of [
      [...runs.slice(0, 2).reverse(), ...runs.slice(2)],
      [['claims', 0, original.length + 10]],
      [['claims', 10, 5]],
      [['claims', '1', 5]],
      'runs',
    ]) {
      expect(await readSnapshotRuns(path, { ...sum, runs: bad as never })).toBeUndefined();
    }
    // A run placed off its records does not parse: refused, not thrown.
    const first = runs[0] as [string, number, number];
    expect(await readSnapshotRuns(path, { ...sum, runs: [[first[0], first[1] + 1, first[2]], ...runs.slice(1)] })).toBeUndefined();
  });

  it('falls back to reading the whole file, unverified, when the runs do not match', async () => {
    const value = notebookLike(30);
    const { path, sum } = await written(value);
    const sumPath = `${path}.sum`;
    writeFileSync(sumPath, JSON.stringify({ ...sum, sha256: '0'.repeat(64) }));
    const adapter = new SnapshotAdapter(path, sumPath);
    expect(await adapter.read()).toEqual(JSON.parse(readFileSync(path, 'utf8')));
    expect(adapter.verified).toBe(false);
    expect(adapter.readInRuns).toBe(false);
    writeFileSync(sumPath, JSON.stringify(sum));
    const again = new SnapshotAdapter(path, sumPath);
    expect(await again.read()).toEqual(value);
    expect(again.verified && again.readInRuns).toBe(true);
  });

  it('rewrites a notebook whose sum lists no runs when it is closed, so the next open reads by runs', async () => {
    const dir = tempDir();
    const store = await openNotebook(dir, { create: true });
    await store.commit([{ type: 'settings.put', settings: { reporterName: 'Ana' } }]);
    await store.close();
    const sumPath = join(dir, 'notebook.json.sum');
    const sum = JSON.parse(readFileSync(sumPath, 'utf8')) as SnapshotSum;
    expect(sum.runs).toBeDefined();
    // As a sum from before runs were recorded.
    writeFileSync(sumPath, JSON.stringify({ sha256: sum.sha256, bytes: sum.bytes }));
    const before = readFileSync(join(dir, 'notebook.json'), 'utf8');
    const reopened = await openNotebook(dir);
    expect(reopened.data.settings.reporterName).toBe('Ana');
    await reopened.close();
    expect((JSON.parse(readFileSync(sumPath, 'utf8')) as SnapshotSum).runs).toBeDefined();
    expect(readFileSync(join(dir, 'notebook.json'), 'utf8').replace(/"journalThrough":\d+/, '')).toBe(before.replace(/"journalThrough":\d+/, ''));
    // Once rewritten, closing without changes leaves it alone.
    const stat = readFileSync(sumPath, 'utf8');
    const third = await openNotebook(dir);
    await third.close();
    expect(readFileSync(sumPath, 'utf8')).toBe(stat);
  });
});
