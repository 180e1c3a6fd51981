import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPACT_AFTER_SEGMENTS } from '../../../main/cli/journal-backlog';
import { openNotebook } from '../../../main/store/open-notebook';
import { cli, parseJson, tempDir } from './cli-harness';

const segments = async (nb: string): Promise<string[]> =>
  (await fsp.readdir(join(nb, 'journal'))).filter((name) => name.endsWith('.ndjson'));

describe('the CLI and the journal', () => {
  it('leaves each command’s changes in the durable journal, and compacts once a backlog builds up', async () => {
    const nb = join(await tempDir(), 'notebook');
    await cli(['init', '--notebook', nb]);
    for (let i = 0; i < COMPACT_AFTER_SEGMENTS - 1; i++) {
      expect((await cli(['source', 'add', '--title', `Source ${i}`, '--notebook', nb])).code).toBe(0);
    }
    // Not yet folded into notebook.json: each command appended one journal segment and stopped there.
    expect(await segments(nb)).toHaveLength(COMPACT_AFTER_SEGMENTS - 1);
    expect(await fsp.readFile(join(nb, 'notebook.json'), 'utf8')).not.toContain('Source 0');

    // The command that brings the backlog to the limit compacts when it closes.
    const last = COMPACT_AFTER_SEGMENTS - 1;
    expect((await cli(['source', 'add', '--title', `Source ${last}`, '--notebook', nb])).code).toBe(0);
    const snapshot = await fsp.readFile(join(nb, 'notebook.json'), 'utf8');
    for (let i = 0; i <= last; i++) expect(snapshot).toContain(`"Source ${i}"`);
    expect(parseJson(await cli(['check', '--notebook', nb, '--json']))).toMatchObject({ ok: true, value: { healthy: true } });
    // After that, only what came since waits to be replayed (folded-in segments stay on disk until the
    // next compaction, for a restored backup to replay, but open skips them).
    await cli(['source', 'add', '--title', 'One more', '--notebook', nb]);
    const store = await openNotebook(nb);
    try {
      expect(store.pendingJournalSegments).toBe(1);
      expect(store.uncompactedCommits).toBe(1);
    } finally {
      await store.close();
    }
  });
});
