import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import type { Adapter } from 'lowdb';
import type { NotebookData } from '../../shared/domain/notebook-data';
import { writeFileAtomic } from './atomic-write';

/** notebook.json as stored: the notebook data plus the last journal segment folded into it. */
export type SnapshotFile = NotebookData & { journalThrough?: number };

/** notebook.json exists but is not JSON at all (empty, zero bytes, torn, garbage). */
export class SnapshotUnreadableError extends Error {
  constructor(readonly reason: string) {
    super(`notebook.json could not be read: ${reason}`);
    this.name = 'SnapshotUnreadableError';
  }
}

interface SnapshotSum {
  sha256: string;
  bytes: number;
}

export function sha256OfBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function describeUnparsable(bytes: Buffer): string {
  if (bytes.length === 0) return 'the file is empty';
  if (bytes.every((b) => b === 0)) return 'the file contains only zero bytes';
  return 'the file is not valid JSON';
}

/**
 * lowdb adapter for notebook.json. lowdb's own TextFile (steno) renames a temp file but never fsyncs,
 * so a power cut can leave an empty file; this one writes through `writeFileAtomic`.
 *
 * It also writes notebook.json.sum (SHA-256 and size) after each snapshot. Validating 330k records
 * with zod takes seconds at F10k; when the bytes read back hash to what the store itself wrote, they
 * are exactly bytes that passed validation before being written, so open can skip re-validating them.
 * Any mismatch (a hand edit, a crash between the two renames, bit rot) falls back to full validation.
 */
export class SnapshotAdapter implements Adapter<SnapshotFile | null> {
  /** Whether the last read matched the recorded checksum. */
  verified = false;
  /** The raw bytes of the last read, kept only when asked (compaction copies them to backups/). */
  lastBytes: Buffer | null = null;
  lastSha256 = '';

  constructor(
    readonly path: string,
    readonly sumPath: string,
    private readonly keepBytes = false,
  ) {}

  async read(): Promise<SnapshotFile | null> {
    let bytes: Buffer;
    try {
      bytes = await fsp.readFile(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    this.lastSha256 = sha256OfBytes(bytes);
    this.verified = await this.matchesSum(bytes.length);
    this.lastBytes = this.keepBytes ? bytes : null;
    try {
      return JSON.parse(bytes.toString('utf8')) as SnapshotFile;
    } catch {
      throw new SnapshotUnreadableError(describeUnparsable(bytes));
    }
  }

  async write(data: SnapshotFile | null): Promise<void> {
    if (data === null) throw new Error('refusing to write an empty notebook.json');
    const bytes = Buffer.from(JSON.stringify(data), 'utf8');
    await writeFileAtomic(this.path, bytes);
    await this.writeSum(sha256OfBytes(bytes), bytes.length);
  }

  /** Record the checksum of bytes already on disk (after a full validation passed). */
  async writeSum(sha256: string, bytes: number): Promise<void> {
    const sum: SnapshotSum = { sha256, bytes };
    await writeFileAtomic(this.sumPath, JSON.stringify(sum));
  }

  private async matchesSum(length: number): Promise<boolean> {
    try {
      const sum = JSON.parse(await fsp.readFile(this.sumPath, 'utf8')) as Partial<SnapshotSum>;
      return sum.bytes === length && sum.sha256 === this.lastSha256;
    } catch {
      return false;
    }
  }
}
