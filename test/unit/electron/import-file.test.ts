import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openNotebookSession } from '../../../main/electron/app-wiring';
import { readDocument } from '../../../main/clipper/files/read-document';
import { IMPORT_EXTENSIONS, startFileImport, startUrlClip } from '../../../main/electron/import-file';
import { MAX_IMPORT_BYTES } from '../../../shared/api/contract';
import type { ClipJob } from '../../../shared/api/views';
import { echoDispatch } from '../hosts/http-helpers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'nn-import-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('importing a file from disk', () => {
  it('starts a clip job with the file’s name and bytes', async () => {
    const file = path.join(dir, 'Council minutes.txt');
    await writeFile(file, 'The council met on Tuesday.');
    const dispatch = vi.fn(async () => ({ ok: true as const, value: { jobId: '01HZZZZZZZZZZZZZZZZZZZZZZZ' } }));
    expect(await startFileImport(file, dispatch)).toEqual({ ok: true, jobId: '01HZZZZZZZZZZZZZZZZZZZZZZZ', label: 'Council minutes.txt' });
    expect(dispatch).toHaveBeenCalledWith('startClip', { kind: 'file', request: { name: 'Council minutes.txt', dataBase64: Buffer.from('The council met on Tuesday.').toString('base64') } });
  });

  it('refuses a file over 15 MB before reading it, saying how big it is', async () => {
    const readFile = vi.fn();
    const dispatch = vi.fn();
    const outcome = await startFileImport('/videos/interview.pdf', dispatch, { stat: async () => ({ size: 40 * 1024 * 1024, isFile: () => true }), readFile });
    expect(outcome).toEqual({ ok: false, message: '"interview.pdf" is 40.0 MB; one clip imports at most 15 MB. Split the document, or clip the part you need.' });
    expect(readFile).not.toHaveBeenCalled();
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a real file one byte over 15 MB, and takes one of exactly 15 MB', async () => {
    const over = path.join(dir, 'scan.pdf');
    const handle = await open(over, 'w');
    await handle.truncate(MAX_IMPORT_BYTES + 1); // sparse: no 15 MB written to disk
    await handle.close();
    const dispatch = vi.fn(async () => ({ ok: true as const, value: { jobId: '01HZZZZZZZZZZZZZZZZZZZZZZZ' } }));
    expect(await startFileImport(over, dispatch)).toMatchObject({ ok: false, message: expect.stringMatching(/^"scan\.pdf" is 15\.1 MB; one clip imports at most 15 MB\./) });
    expect(dispatch).not.toHaveBeenCalled();

    const exact = path.join(dir, 'report.pdf');
    const full = await open(exact, 'w');
    await full.truncate(MAX_IMPORT_BYTES);
    await full.close();
    expect(await startFileImport(exact, dispatch)).toMatchObject({ ok: true, label: 'report.pdf' });
    expect(dispatch).toHaveBeenCalledTimes(1);
  });

  it('says why a file it cannot read was not imported, and starts nothing', async () => {
    const dispatch = vi.fn();
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const readFile = vi.fn(async () => {
      throw denied;
    });
    expect(await startFileImport('/shared/Leaked memo.docx', dispatch, { stat: async () => ({ size: 2048, isFile: () => true }), readFile })).toEqual({
      ok: false,
      message: '"Leaked memo.docx" could not be read: you do not have permission to open it. Copy it somewhere you can open it, then import the copy.',
    });
    const stat = vi.fn(async () => {
      throw denied;
    });
    expect(await startFileImport('/locked/notes.txt', dispatch, { stat, readFile })).toEqual({ ok: false, message: '"notes.txt" could not be read: you do not have permission to open it. Copy it somewhere you can open it, then import the copy.' });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('offers the open dialog exactly the kinds of file the clipper reads', async () => {
    expect([...IMPORT_EXTENSIONS]).toEqual(['html', 'htm', 'txt', 'md', 'pdf', 'docx']);
    const extractArticle = vi.fn();
    // Each offered kind is one the clipper knows: an empty one is refused as empty, not as a kind it cannot clip.
    for (const ext of IMPORT_EXTENSIONS) {
      await expect(readDocument(`minutes.${ext}`, new Uint8Array(0), { extractArticle })).rejects.toThrow(`minutes.${ext} is empty`);
    }
    await expect(readDocument('minutes.odt', new Uint8Array(0), { extractArticle })).rejects.toThrow('cannot clip .odt files');
  });

  it('starts the same clip job the Clip dialog does: the file is clipped once, and a second import is the same clip', async () => {
    const session = await openNotebookSession(path.join(dir, 'notebook'));
    try {
      const file = path.join(dir, 'Ferry fares.md');
      await writeFile(file, '# Ferry fares rise\n\nFares rise 5% in June, the operator said in a statement.');
      const finished = async (jobId: string) => {
        for (let i = 0; i < 500; i++) {
          const job = await session.dispatch('getClipJob', { jobId });
          if (!job.ok) throw new Error(job.error.message);
          if ((job.value as ClipJob).state !== 'running') return job.value as ClipJob;
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        throw new Error('the import never finished');
      };
      const imported = await startFileImport(file, session.dispatch);
      if (!imported.ok) throw new Error(imported.message);
      const job = await finished(imported.jobId);
      expect(job).toMatchObject({ state: 'done', result: { duplicate: false, clip: { title: 'Ferry fares rise' } } });

      // The page's own File tab sends the same bytes through startClip kind 'file': the notebook sees the same clip.
      const dataBase64 = Buffer.from('# Ferry fares rise\n\nFares rise 5% in June, the operator said in a statement.').toString('base64');
      const fromPage = await session.dispatch('startClip', { kind: 'file', request: { name: 'Ferry fares.md', dataBase64 } });
      if (!fromPage.ok) throw new Error(fromPage.error.message);
      const again = await finished((fromPage.value as { jobId: string }).jobId);
      expect(again).toMatchObject({ state: 'done', result: { duplicate: true, clip: { id: job.result?.clip.id } } });
      expect(await session.dispatch('listClips', {})).toMatchObject({ ok: true, value: { total: 1 } });
    } finally {
      await session.close();
    }
  });

  it('says so when the file is gone or is a folder', async () => {
    expect(await startFileImport(path.join(dir, 'gone.pdf'), vi.fn())).toEqual({ ok: false, message: '"gone.pdf" was not found. It may have been moved or deleted.' });
    expect(await startFileImport(dir, vi.fn())).toMatchObject({ ok: false, message: expect.stringContaining('is a folder') });
  });

  it('passes on the clipper’s refusal in its own words', async () => {
    const file = path.join(dir, 'a.txt');
    await writeFile(file, 'x');
    const dispatch = vi.fn(async () => ({ ok: false as const, error: { code: 'invalid_input' as const, message: 'Please check the input: nope' } }));
    expect(await startFileImport(file, dispatch)).toEqual({ ok: false, message: 'Please check the input: nope' });
  });

  it('clips a web address handed to the app through the same validated call', async () => {
    const fake = echoDispatch();
    const outcome = await startUrlClip('file:///etc/passwd', fake.dispatch);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining('url must be a full web address') });
    expect(fake.calls).toEqual([]);
  });
});
