import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import type { Adapter } from 'lowdb';
import type { NotebookData } from '../../shared/domain/notebook-data';
import { writeFileAtomic } from './atomic-write';
import { readSnapshotRuns, type SnapshotSum } from './snapshot-runs';
import { writeJsonFileStreamed, type RecordRun, type StreamJsonOptions } from './stream-json';

/** notebook.json as stored: the notebook data plus the last journal segment folded into it. */
export type SnapshotFile = NotebookData & { journalThrough?: number };

/** notebook.json exists but is not JSON at all (empty, zero bytes, torn, garbage). */
export class SnapshotUnreadableError extends Error {
  constructor(readonly reason: string) {
    super(`notebook.json could not be read: ${reason}`);
    this.name = 'SnapshotUnreadableError';
  }
}

export function sha256OfBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function describeUnparsable(text: string): string {
  if (text.length === 0) return 'the file is empty';
  if (/^\0+$/.test(text)) return 'the file contains only zero bytes';
  return 'the file is not valid JSON';
}

export type SnapshotAdapterOptions = StreamJsonOptions;

/**
 * lowdb adapter for notebook.json. lowdb's own TextFile (steno) renames a temp file but never fsyncs,
 * so a power cut can leave an empty file; this one writes atomically and durably, and streams: the
 * JSON is stringified record by record and written in slices that yield to the event loop (see
 * stream-json.ts), so compaction can write the app's live in-memory data on the main thread without
 * freezing it and without a second copy of the notebook.
 *
 * It also writes notebook.json.sum (SHA-256 and size, hashed as the bytes are written) after each
 * snapshot. Validating 330k records with zod takes seconds at F10k; when the bytes read back hash to
 * what the store itself wrote, they are exactly bytes that were valid in memory when written, so open
 * can skip re-validating them. Any mismatch (a hand edit, a crash between the two renames, bit rot)
 * falls back to full validation. The sum also lists where the file's record runs are, so open can
 * parse it a few megabytes at a time (snapshot-runs.ts) rather than hold all its text at once.
 */
export class SnapshotAdapter implements Adapter<SnapshotFile | null> {
  /** Whether the last read matched the recorded checksum. */
  verified = false;
  /** Whether the last read went a record run at a time (else the file's sum lists no runs yet). */
  readInRuns = false;
  /** SHA-256 and size of the bytes of the last read. */
  lastSha256 = '';
  lastLength = 0;

  constructor(
    readonly path: string,
    readonly sumPath: string,
    private readonly options: SnapshotAdapterOptions = {},
  ) {}

  async read(): Promise<SnapshotFile | null> {
    this.verified = false;
    this.readInRuns = false;
    const sum = await this.readSum();
    if (sum?.runs !== undefined) {
      const data = await readSnapshotRuns(this.path, sum);
      if (data !== undefined) {
        this.verified = true;
        this.readInRuns = true;
        this.lastSha256 = sum.sha256;
        this.lastLength = sum.bytes;
        return data as SnapshotFile;
      }
    }
    const text = await this.readText();
    if (text === null) return null;
    this.verified = sum !== undefined && sum.bytes === this.lastLength && sum.sha256 === this.lastSha256;
    try {
      return JSON.parse(text) as SnapshotFile;
    } catch {
      throw new SnapshotUnreadableError(describeUnparsable(text));
    }
  }

  /**
   * The file as text, hashed on the way. The bytes are let go before parsing: at F10k they are 100 MB
   * that would otherwise sit next to the text and the parsed objects, at open's memory peak.
   */
  private async readText(): Promise<string | null> {
    let bytes: Buffer;
    try {
      bytes = await fsp.readFile(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    this.lastSha256 = sha256OfBytes(bytes);
    this.lastLength = bytes.length;
    return bytes.toString('utf8');
  }

  async write(data: SnapshotFile | null): Promise<void> {
    if (data === null) throw new Error('refusing to write an empty notebook.json');
    const written = await writeJsonFileStreamed(this.path, data, this.options);
    await this.writeSum(written.sha256, written.bytes, written.runs);
  }

  /** Record the checksum of bytes already on disk (after a full validation passed; no runs then). */
  async writeSum(sha256: string, bytes: number, runs?: RecordRun[]): Promise<void> {
    const sum: SnapshotSum = runs === undefined ? { sha256, bytes } : { sha256, bytes, runs };
    await writeFileAtomic(this.sumPath, JSON.stringify(sum));
  }

  /** notebook.json.sum, if there is one that reads as a sum. */
  private async readSum(): Promise<SnapshotSum | undefined> {
    try {
      const sum = JSON.parse(await fsp.readFile(this.sumPath, 'utf8')) as Partial<SnapshotSum>;
      if (typeof sum.sha256 !== 'string' || typeof sum.bytes !== 'number') return undefined;
      return sum as SnapshotSum;
    } catch {
      return undefined;
    }
  }
}
