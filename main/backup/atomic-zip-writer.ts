import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { fsyncDir } from '../store/atomic-write';

/**
 * A zip written straight to disk one entry at a time (fflate's streaming Zip), so a notebook of any
 * size is never held in memory whole. It goes to a temp file beside the target, which is fsync'd and
 * renamed over it only when complete; on any failure the temp file is removed, so the target is
 * either the whole new zip or left as it was.
 */
export class AtomicZipWriter {
  private readonly pending: Uint8Array[] = [];
  private failure: Error | null = null;
  private readonly zip: Zip;
  written = 0;

  private constructor(
    private readonly path: string,
    private readonly temp: string,
    private readonly handle: FileHandle,
  ) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else this.pending.push(chunk);
    });
  }

  static async open(path: string): Promise<AtomicZipWriter> {
    const temp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
    const handle = await fsp.open(temp, 'wx', 0o644);
    return new AtomicZipWriter(path, temp, handle);
  }

  /** Add one entry; `store` keeps already-compressed data (images) as it is. */
  async add(name: string, data: Uint8Array, options: { store?: boolean; mtime?: Date } = {}): Promise<void> {
    const mtime = options.mtime ? { mtime: options.mtime } : {};
    const entry = options.store ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    Object.assign(entry, mtime);
    this.zip.add(entry);
    entry.push(data, true);
    await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    while (this.pending.length > 0) {
      const chunk = this.pending.shift() as Uint8Array;
      let offset = 0;
      while (offset < chunk.length) offset += (await this.handle.write(chunk, offset, chunk.length - offset, null)).bytesWritten;
      this.written += chunk.length;
    }
  }

  /** Finish the zip, make it durable and put it in place. Returns its size in bytes. */
  async finish(): Promise<number> {
    this.zip.end();
    await this.flush();
    await this.handle.sync();
    await this.handle.close();
    await fsp.rename(this.temp, this.path);
    await fsyncDir(dirname(this.path));
    return this.written;
  }

  async abort(): Promise<void> {
    this.zip.terminate();
    await this.handle.close().catch(() => undefined);
    await fsp.unlink(this.temp).catch(() => undefined);
  }
}
