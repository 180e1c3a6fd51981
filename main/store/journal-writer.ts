import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/api/result';
import { fsyncDir } from './atomic-write';
import { fsOps } from './fs-ops';
import { segmentName } from './notebook-layout';

interface Waiter {
  resolve: () => void;
  reject: (error: AppError) => void;
}

export interface ClosedSegment {
  segment: number;
  bytes: number;
  commits: number;
}

export function ioError(cause: unknown): AppError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new AppError(
    'io_error',
    `Your change could not be saved to disk (${detail}). Check that the disk has free space and that the notebook folder is writable, then reopen the notebook.`,
  );
}

/**
 * The append-only journal with group commit. Every commit becomes one line; lines that arrive while a
 * write+fsync is in flight wait and go out together in the next single write+fsync. So a burst of 100
 * commits costs a handful of fsyncs, each commit resolves only once its line is on disk, and nothing
 * ever rewrites the whole notebook. All file work runs on one promise chain, so writes, rotations and
 * closing never interleave.
 */
export class JournalWriter {
  private handle: FileHandle | null = null;
  private chain: Promise<void> = Promise.resolve();
  private pending: string[] = [];
  private waiters: Waiter[] = [];
  private flushQueued = false;
  private failure: AppError | null = null;
  /** Bytes appended to the current segment. */
  bytesInSegment = 0;
  /** Commits appended since the last rotation. */
  commitsInSegment = 0;
  /**
   * Whether a flush may write and fdatasync on the calling thread. The store turns this off while it
   * writes a snapshot: then an fdatasync can wait tens of milliseconds behind the snapshot's bytes
   * reaching the disk, and that wait belongs on the thread pool, not on the main thread.
   */
  syncWrites = false;

  private constructor(
    private readonly journalDir: string,
    public segment: number,
  ) {}

  /** Start a fresh segment: a writer never appends after a torn line a crash may have left. */
  static async open(journalDir: string, segment: number): Promise<JournalWriter> {
    const writer = new JournalWriter(journalDir, segment);
    writer.handle = await writer.createSegment(segment);
    return writer;
  }

  get failed(): AppError | null {
    return this.failure;
  }

  append(line: string): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
    this.pending.push(line);
    if (!this.flushQueued) {
      this.flushQueued = true;
      this.enqueue(() => this.flush());
    }
    return done;
  }

  /** Close the current segment (after everything queued before is durable) and start the next. Returns what was closed. */
  rotate(): Promise<ClosedSegment> {
    return this.enqueue(async () => {
      if (this.failure) throw this.failure;
      const closed: ClosedSegment = { segment: this.segment, bytes: this.bytesInSegment, commits: this.commitsInSegment };
      const next = await this.createSegment(closed.segment + 1);
      await this.handle?.close();
      this.handle = next;
      this.segment = closed.segment + 1;
      this.bytesInSegment = 0;
      this.commitsInSegment = 0;
      return closed;
    });
  }

  /** Wait until every line appended so far is durable (or has failed). */
  drain(): Promise<void> {
    return this.enqueue(async () => undefined).catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.drain();
    await this.enqueue(async () => {
      await this.handle?.close();
      this.handle = null;
    }).catch(() => undefined);
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.then(task);
    this.chain = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async createSegment(segment: number): Promise<FileHandle> {
    const handle = await fsOps.open(join(this.journalDir, segmentName(segment)), 'a', 0o644);
    // The new file's name must be durable before a line in it is acknowledged.
    await fsyncDir(this.journalDir);
    return handle;
  }

  private async flush(): Promise<void> {
    this.flushQueued = false;
    const lines = this.pending;
    const waiters = this.waiters;
    this.pending = [];
    this.waiters = [];
    if (lines.length === 0) return;
    try {
      if (this.failure) throw this.failure;
      if (!this.handle) throw new Error('the journal is closed');
      const chunk = lines.join('');
      if (this.syncWrites) {
        fsOps.appendDurableSync(this.handle.fd, chunk);
      } else {
        await fsOps.write(this.handle, chunk);
        await fsOps.datasync(this.handle);
      }
      this.bytesInSegment += Buffer.byteLength(chunk);
      this.commitsInSegment += lines.length;
    } catch (error) {
      this.failure ??= error instanceof AppError && error.code === 'io_error' ? error : ioError(error);
      for (const waiter of waiters) waiter.reject(this.failure);
      return;
    }
    for (const waiter of waiters) waiter.resolve();
  }
}
