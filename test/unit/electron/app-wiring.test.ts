import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openNotebookSession } from '../../../main/electron/app-wiring';
import { startPageServer, type PageServer } from '../../support/page-server';

/**
 * The real session the hosts get: closing it while a clip is still fetching cancels the clip, waits
 * for it, and only then closes the store, so nothing is written and the notebook can be opened again.
 */

let root: string;
let server: PageServer;
let fetchAborted = false;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'nn-wiring-'));
  fetchAborted = false;
  server = await startPageServer({
    '/stalls': {
      handler: (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.flushHeaders();
        res.on('close', () => (fetchAborted = true));
      },
    },
  });
});

afterEach(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

describe('a notebook session', () => {
  it('closes cleanly with a clip still fetching, which is cancelled and writes nothing', async () => {
    const dir = path.join(root, 'notebook');
    const session = await openNotebookSession(dir);
    const started = await session.dispatch('startClip', { kind: 'url', request: { url: server.url('/stalls') } });
    if (!started.ok) throw new Error(started.error.message);
    const { jobId } = started.value as { jobId: string };
    await expect.poll(() => server.requests.length).toBe(1);

    const closing = session.close();
    await expect(closing).resolves.toBeUndefined();
    // The fetch was cut by the cancel, not left to run into its timeout after the store closed.
    await expect.poll(() => fetchAborted, { timeout: 1000 }).toBe(true);
    expect(await readdir(path.join(dir, 'clips')).catch(() => [])).toEqual([]);

    const again = await openNotebookSession(dir);
    const listed = await again.dispatch('listClips', {});
    expect(listed).toMatchObject({ ok: true, value: { items: [] } });
    expect(await again.dispatch('getClipJob', { jobId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await again.close();
  });

  it('backs up the open notebook into one zip where File > Back Up Notebook… asks', async () => {
    const dir = path.join(root, 'notebook');
    const session = await openNotebookSession(dir);
    await session.dispatch('addTextClip', { text: 'The mayor said the bridge opens in May.', title: 'Bridge' });
    const out = path.join(root, 'backup.zip');
    await session.backup?.(out);
    const bytes = await readFile(out);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await session.close();
  });

  it('lets a backup under way finish before closing, so quitting leaves a whole zip and no temp file', async () => {
    const dir = path.join(root, 'notebook');
    const session = await openNotebookSession(dir);
    const filler = 'The council met and voted on the budget. '.repeat(3000);
    for (let i = 0; i < 30; i++) await session.dispatch('addTextClip', { text: `Clip ${i}. ${filler}`, title: `Clip ${i}` });
    const out = path.join(root, 'quit-backup.zip');
    let backedUp = false;
    const backingUp = session.backup!(out).then(() => (backedUp = true));
    await session.close();
    expect(backedUp).toBe(true);
    await backingUp;
    expect((await readFile(out)).subarray(0, 2).toString('latin1')).toBe('PK');
    expect((await readdir(root)).filter((name) => name.includes('.tmp'))).toEqual([]);
  });
});
