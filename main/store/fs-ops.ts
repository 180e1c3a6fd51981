import { fdatasyncSync, promises as fsp, writeSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

/**
 * The file-system calls whose order makes writes durable, gathered in one mutable object so tests can
 * spy on them (count fsyncs, make a rename fail) without patching Node's frozen ESM namespaces.
 * Production code never replaces these.
 */
export const fsOps = {
  open: (path: string, flags: string, mode?: number): Promise<FileHandle> => fsp.open(path, flags, mode),
  /** Write all of `data` at the handle's position (the end, for append handles). */
  write: async (handle: FileHandle, data: string | Uint8Array): Promise<void> => {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, null);
      offset += bytesWritten;
    }
  },
  /** fsync: data and metadata. Used for new files and folders. */
  sync: (handle: FileHandle): Promise<void> => handle.sync(),
  /** fdatasync: enough for appends to an existing file (the size is flushed with the data). */
  datasync: (handle: FileHandle): Promise<void> => handle.datasync(),
  /**
   * Append and fdatasync on the calling thread. One blocking call of ~0.15 ms costs less than two
   * round trips through libuv's thread pool, which is what makes an async append slower than SQLite.
   */
  appendDurableSync: (fd: number, data: string): void => {
    const bytes = Buffer.from(data, 'utf8');
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset, null);
    fdatasyncSync(fd);
  },
  rename: (from: string, to: string): Promise<void> => fsp.rename(from, to),
  unlink: (path: string): Promise<void> => fsp.unlink(path),
};
