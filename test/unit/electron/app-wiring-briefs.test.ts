import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openNotebookSession } from '../../../main/electron/app-wiring';
import type { NotebookSession } from '../../../main/hosts/notebook-session';

/**
 * Closing the real session while a brief export still runs: the export is told to stop, the close
 * waits for it (the store must not shut while an export reads clip bodies), a new export is
 * refused meanwhile, and the notebook opens again afterwards (its lock was released).
 */

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'nn-wiring-briefs-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function call<T>(session: NotebookSession, method: string, input: unknown): Promise<T> {
  const result = await session.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

/** The sample article with one claim verified against a source: enough for a brief. */
async function checkedClip(session: NotebookSession): Promise<string> {
  const { clip } = await call<{ clip: { id: string } }>(session, 'addSampleClip', {});
  const claim = await call<{ id: string }>(session, 'addClaim', { clipId: clip.id, quote: '122 countries signed the Ottawa Convention' });
  const source = await call<{ id: string }>(session, 'addSource', { kind: 'document', title: 'Mine Ban Convention' });
  await call(session, 'addEvidence', { claimId: claim.id, sourceId: source.id, stance: 'supports' });
  await call(session, 'setClaimStatus', { id: claim.id, status: 'verified', rationale: 'The treaty lists them.' });
  return clip.id;
}

describe('a notebook session with a brief export running', () => {
  it('waits for the export to stop before closing, and refuses a new one meanwhile', async () => {
    const dir = path.join(root, 'notebook');
    let releasePrinter!: () => void;
    let printing = false;
    const session = await openNotebookSession(dir, {
      briefs: {
        pdfPrinter: async () => {
          printing = true;
          await new Promise<void>((resolve) => (releasePrinter = resolve));
          return new Uint8Array(Buffer.from('%PDF-1.7 fake'));
        },
      },
    });
    const clipId = await checkedClip(session);
    const { jobId } = await call<{ jobId: string }>(session, 'startBriefExport', { clipId, format: 'bundle' });
    await expect.poll(() => printing).toBe(true);

    let closed = false;
    const closing = session.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    expect(await session.dispatch('startBriefExport', { clipId, format: 'md' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('The notebook is closing') },
    });

    releasePrinter();
    await closing;
    // The bundle stopped after its PDF instead of reading clip bodies from the closed store.
    expect(await session.dispatch('getBriefExportJob', { jobId })).toMatchObject({
      ok: true,
      value: { state: 'failed', error: { message: expect.stringContaining('closed before the brief was made') } },
    });

    const again = await openNotebookSession(dir);
    expect(await again.dispatch('listClips', {})).toMatchObject({ ok: true, value: { items: [{ id: clipId }] } });
    await again.close();
  });
});
