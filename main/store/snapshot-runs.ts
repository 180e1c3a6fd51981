import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { RecordRun } from './stream-json';

/** What notebook.json.sum says about the snapshot the store last wrote. */
export interface SnapshotSum {
  sha256: string;
  bytes: number;
  /** Where its record runs are (stream-json.ts); absent in sums written before runs were recorded. */
  runs?: RecordRun[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The runs as the sum file lists them, if they make sense for a file of `bytes` bytes. */
export function validRuns(runs: unknown, bytes: number): RecordRun[] | undefined {
  if (!Array.isArray(runs)) return undefined;
  let at = 0;
  for (const run of runs as unknown[]) {
    if (!Array.isArray(run) || run.length !== 3) return undefined;
    const [collection, start, end] = run as unknown[];
    if (typeof collection !== 'string' || !Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return undefined;
    if ((start as number) < at || (end as number) < (start as number) || (end as number) > bytes) return undefined;
    at = end as number;
  }
  return runs as RecordRun[];
}

async function readRange(handle: FileHandle, start: number, end: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(end - start);
  let done = 0;
  while (done < buffer.length) {
    const { bytesRead } = await handle.read(buffer, done, buffer.length - done, start + done);
    if (bytesRead === 0) throw new Error('notebook.json is shorter than its sum says');
    done += bytesRead;
  }
  return buffer;
}

/** Put a run's records into their collection, keeping each id an own property (even "__proto__"). */
function addRecords(target: Record<string, unknown>, records: Record<string, unknown>): void {
  for (const id of Object.keys(records)) {
    if (id === '__proto__') Object.defineProperty(target, id, { value: records[id], enumerable: true, writable: true, configurable: true });
    else target[id] = records[id];
  }
}

/**
 * Read and parse notebook.json a record run at a time, when its sum lists the runs. Parsing the whole
 * file at once holds all its text (100 MB at F10k) beside the objects made from it, the largest memory
 * peak the app had; here at most one run (~4 MB) is held as text. The bytes between the runs form the
 * notebook with empty collections, which is parsed last and filled with the runs' records, in file
 * order. Every byte is hashed on the way: the result is returned only if the file is exactly the one
 * the sum describes; otherwise (a hand edit, a torn write) `undefined`, and the caller reads it the
 * ordinary way and validates it in full.
 */
export async function readSnapshotRuns(path: string, sum: SnapshotSum): Promise<Record<string, unknown> | undefined> {
  const runs = validRuns(sum.runs, sum.bytes);
  if (runs === undefined) return undefined;
  let handle: FileHandle;
  try {
    handle = await fsp.open(path, 'r');
  } catch {
    return undefined;
  }
  try {
    if ((await handle.stat()).size !== sum.bytes) return undefined;
    const hash = createHash('sha256');
    const outline: string[] = [];
    const parsed: Array<{ collection: string; records: Record<string, unknown> }> = [];
    let at = 0;
    for (const [collection, start, end] of runs) {
      const between = await readRange(handle, at, start);
      hash.update(between);
      outline.push(between.toString('utf8'));
      const bytes = await readRange(handle, start, end);
      hash.update(bytes);
      const text = bytes.toString('utf8');
      const records: unknown = JSON.parse(`{${text.startsWith(',') ? text.slice(1) : text}}`);
      if (!isPlainObject(records)) return undefined;
      parsed.push({ collection, records });
      at = end;
    }
    const rest = await readRange(handle, at, sum.bytes);
    hash.update(rest);
    outline.push(rest.toString('utf8'));
    if (hash.digest('hex') !== sum.sha256) return undefined;
    const notebook: unknown = JSON.parse(outline.join(''));
    if (!isPlainObject(notebook)) return undefined;
    const filled = new Set<string>();
    for (const { collection, records } of parsed) {
      const target = Object.hasOwn(notebook, collection) ? notebook[collection] : undefined;
      if (!isPlainObject(target)) return undefined;
      if (filled.has(collection)) {
        addRecords(target, records);
      } else {
        // The collection's first run becomes the collection itself: nothing is copied for a small one.
        if (Object.keys(target).length > 0) return undefined;
        notebook[collection] = records;
        filled.add(collection);
      }
    }
    return notebook;
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}
