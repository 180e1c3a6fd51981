import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNotebook } from '../../../main/store/check-notebook';
import { openNotebook } from '../../../main/store/open-notebook';
import { addClip, claimRecord, sourceRecord, statusOp } from '../../support/make-records';
import { useTempDirs } from './temp-notebook';

const tempNotebook = useTempDirs();

/** A notebook with two compactions behind it (so a backup exists) and some journal after the last. */
async function notebookWithHistory(dir: string) {
  const store = await openNotebook(dir, { create: true });
  const clip = await addClip(store, 'Crime fell 12% in 2024, police said.', 'Crime figures');
  const claim = claimRecord(clip.id, 'Crime fell 12% in 2024');
  await store.commit([{ type: 'claim.put', claim }]);
  await store.close();
  const second = await openNotebook(dir);
  await second.commit([statusOp(claim, 'in_progress', 'Requested the police data')]);
  const source = sourceRecord('Police annual report');
  await second.commit([{ type: 'source.put', source }]);
  await second.close();
  const third = await openNotebook(dir, { compactOnClose: false });
  const late = sourceRecord('Added after the last compaction');
  await third.commit([{ type: 'source.put', source: late }]);
  await third.close();
  return { clip, claim, source, late };
}

const damage: [string, Buffer, RegExp][] = [
  ['corrupt JSON', Buffer.from('{"schemaVersion":1,"clips":{"01'), /not valid JSON/],
  ['an empty file', Buffer.alloc(0), /empty/],
  ['a NUL-filled file', Buffer.alloc(4096), /zero bytes/],
  ['valid JSON that fails the schema', Buffer.from('{"schemaVersion":1,"notebookId":"nope"}'), /notebookId/],
];

describe('a damaged notebook.json', () => {
  for (const [what, bytes, reason] of damage) {
    it(`is ${what}: kept aside, never overwritten, the newest backup restored and nothing acknowledged lost`, async () => {
      const dir = tempNotebook();
      const { claim, source, late } = await notebookWithHistory(dir);
      writeFileSync(join(dir, 'notebook.json'), bytes);
      const store = await openNotebook(dir, { compactOnClose: false });
      const kept = readdirSync(dir).find((name) => name.startsWith('notebook.json.corrupt-'));
      expect(kept).toBeDefined();
      expect(readFileSync(join(dir, kept ?? '')).equals(bytes)).toBe(true);
      expect(store.notices).toHaveLength(1);
      expect(store.notices[0]).toMatch(/^notebook\.json could not be read \(/);
      expect(store.notices[0]).toMatch(reason);
      expect(store.notices[0]).toContain(`it was kept as ${kept}`);
      expect(store.notices[0]).toMatch(/the backup from \d{4}-\d\d-\d\dT[\d:.]+Z was restored/);
      // The backup predates the last compaction, but the journal kept since restores everything.
      expect(store.data.claims[claim.id]?.status).toBe('in_progress');
      expect(store.data.sources[source.id]).toBeDefined();
      expect(store.data.sources[late.id]).toBeDefined();
      expect((await checkNotebook(store)).problems).toEqual([]);
      await store.close();
    });
  }

  it('is refused with notebook_corrupt, and left untouched, when no backup is usable', async () => {
    const dir = tempNotebook();
    const store = await openNotebook(dir, { create: true });
    await store.close();
    writeFileSync(join(dir, 'notebook.json'), '{ broken');
    await expect(openNotebook(dir)).rejects.toMatchObject({ code: 'notebook_corrupt' });
    await expect(openNotebook(dir)).rejects.toThrow(/no usable backup.*notebook\.json/);
    expect(readFileSync(join(dir, 'notebook.json'), 'utf8')).toBe('{ broken');
    expect(existsSync(join(dir, 'notebook.lock'))).toBe(false);
  });
});

describe('a notebook from a newer version', () => {
  it('is refused with a message saying to update, and never written', async () => {
    const dir = tempNotebook();
    const store = await openNotebook(dir, { create: true });
    await store.close();
    const path = join(dir, 'notebook.json');
    const newer = JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), schemaVersion: 7, futureField: true });
    writeFileSync(path, newer);
    const mtime = statSync(path).mtimeMs;
    const error = await openNotebook(dir).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'notebook_too_new',
      message: 'This notebook was made by a newer version of Newsroom Notebook (schema 7); update the app to open it.',
    });
    expect(readFileSync(path, 'utf8')).toBe(newer);
    expect(statSync(path).mtimeMs).toBe(mtime);
    expect(readdirSync(dir).filter((n) => n.includes('corrupt'))).toEqual([]);
  });
});
