import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../main/store/atomic-write';
import { fsOps } from '../../../main/store/fs-ops';

describe('writeFileAtomic', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'nn-atomic-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    vi.restoreAllMocks();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('replaces the content and leaves no temp file behind', async () => {
    const dir = tempDir();
    const path = join(dir, 'notebook.json');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, 'new content');
    expect(readFileSync(path, 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['notebook.json']);
  });

  it('fsyncs the file before renaming it, then fsyncs the folder', async () => {
    const dir = tempDir();
    const calls: string[] = [];
    const sync = fsOps.sync;
    const rename = fsOps.rename;
    vi.spyOn(fsOps, 'sync').mockImplementation(async (h) => {
      calls.push('sync');
      return sync(h);
    });
    vi.spyOn(fsOps, 'rename').mockImplementation(async (a, b) => {
      calls.push('rename');
      return rename(a, b);
    });
    await writeFileAtomic(join(dir, 'a.json'), 'x');
    expect(calls).toEqual(['sync', 'rename', 'sync']);
  });

  it('keeps the old content intact and removes the temp file when the write fails', async () => {
    const dir = tempDir();
    const path = join(dir, 'notebook.json');
    writeFileSync(path, 'precious');
    vi.spyOn(fsOps, 'sync').mockRejectedValueOnce(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
    await expect(writeFileAtomic(path, 'half-written')).rejects.toThrow(/no space/);
    expect(readFileSync(path, 'utf8')).toBe('precious');
    expect(readdirSync(dir)).toEqual(['notebook.json']);
  });

  it('keeps the old content when the rename fails', async () => {
    const dir = tempDir();
    const path = join(dir, 'notebook.json');
    writeFileSync(path, 'precious');
    vi.spyOn(fsOps, 'rename').mockRejectedValueOnce(new Error('EXDEV'));
    await expect(writeFileAtomic(path, 'new')).rejects.toThrow();
    expect(readFileSync(path, 'utf8')).toBe('precious');
    expect(readdirSync(dir)).toEqual(['notebook.json']);
  });
});
