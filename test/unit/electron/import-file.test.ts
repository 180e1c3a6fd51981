import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFileImport, startUrlClip } from '../../../main/electron/import-file';
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
