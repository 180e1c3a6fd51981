import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { fsOps } from './fs-ops';

/**
 * fsync a folder so a rename or a new file inside it survives a power cut. Some platforms (Windows)
 * cannot open a folder for syncing; there the rename is as durable as the OS makes it.
 */
export async function fsyncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await fsOps.open(dir, 'r');
  } catch {
    return;
  }
  try {
    await fsOps.sync(handle);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM') throw error;
  } finally {
    await handle.close();
  }
}

/**
 * Replace `path` with `data` so that after a crash it holds either the old content or the new, never a
 * mix: write a temp file in the same folder, fsync it, rename it over the target, fsync the folder.
 * If anything fails the temp file is removed and the old file is left as it was.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  let renamed = false;
  try {
    const handle = await fsOps.open(temp, 'wx', 0o644);
    try {
      await fsOps.write(handle, data);
      await fsOps.sync(handle);
    } finally {
      await handle.close();
    }
    await fsOps.rename(temp, path);
    renamed = true;
    await fsyncDir(dir);
  } finally {
    if (!renamed) await fsOps.unlink(temp).catch(() => undefined);
  }
}
