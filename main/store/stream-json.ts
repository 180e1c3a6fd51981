import { createHash, randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { fsyncDir } from './atomic-write';
import { fsOps } from './fs-ops';

/**
 * How a large JSON file is written without freezing the main thread. Stringifying an F10k notebook in
 * one go takes ~0.5 s; done record by record, giving the event loop a turn every `sliceMs`, no stall
 * is longer than one slice plus one record, and only `chunkBytes` of text exist at a time (no second
 * copy of the notebook in memory).
 */
export interface SliceBudget {
  /** Yield to the event loop once this long has passed since the last turn it had. */
  sliceMs: number;
  /** Write to disk once this much text (UTF-16 code units, about bytes) is waiting. */
  chunkBytes: number;
}

export const DEFAULT_SLICE_BUDGET: SliceBudget = { sliceMs: 8, chunkBytes: 1024 * 1024 };

/** A record run is cut at the first write after it has reached this size. */
export const RUN_BYTES = 4 * 1024 * 1024;

/**
 * A run of whole records of one collection, as a byte range of the file: `"id":{…},"id":{…}` (after a
 * comma when it does not start the collection). Cut these out of the file and what is left is the
 * notebook with empty collections, so a reader can parse the file a few megabytes at a time
 * (snapshot-runs.ts) instead of holding all of its text at once.
 */
export type RecordRun = [collection: string, start: number, end: number];

export interface StreamedFile {
  /** SHA-256 of the bytes written, computed as they were written. */
  sha256: string;
  bytes: number;
  /** The record runs, in file order, each about `runBytes` long. */
  runs: RecordRun[];
}

export interface StreamJsonOptions {
  budget?: SliceBudget;
  /**
   * Runs after the temp file is complete and fsync'd, just before it replaces `path`. Throwing here
   * abandons the write and leaves the old file as it was.
   */
  beforeReplace?: () => Promise<void>;
  /** Record runs are cut at the first write after they reach this size (RUN_BYTES; smaller in tests). */
  runBytes?: number;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/**
 * Yielded by jsonPieces after a collection's opening `"name":{` and before it takes the collection's
 * keys (Object.keys of 100k records takes ~17 ms in one go, so the writer gives the event loop its
 * turn first rather than after a full slice); the records follow.
 */
export interface CollectionStart {
  collection: string;
}

/** Yielded by jsonPieces after a collection's last record, before its closing `}`. */
export const COLLECTION_END = Symbol('end of a collection');

/**
 * The text of JSON.stringify(value), byte for byte, in pieces: every member of a top-level plain object
 * (a collection keyed by id) is its own piece. The generator is lazy, so each collection's keys are
 * taken when it is reached: records added to it later are not written (the journal has them), a record
 * removed before it is reached is left out, and a record replaced before it is reached is written as it
 * is then. Each record is stringified in one synchronous step, so it is never half old, half new.
 */
export function* jsonPieces(value: Record<string, unknown>): Generator<string | CollectionStart | typeof COLLECTION_END> {
  yield '{';
  let firstMember = true;
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (isPlainObject(member)) {
      yield `${firstMember ? '' : ','}${JSON.stringify(key)}:{`;
      firstMember = false;
      yield { collection: key };
      let firstRecord = true;
      for (const id of Object.keys(member)) {
        const json = JSON.stringify(member[id]) as string | undefined;
        if (json === undefined) continue;
        yield `${firstRecord ? '' : ','}${JSON.stringify(id)}:${json}`;
        firstRecord = false;
      }
      yield COLLECTION_END;
      yield '}';
    } else {
      const json = JSON.stringify(member) as string | undefined;
      if (json === undefined) continue;
      yield `${firstMember ? '' : ','}${JSON.stringify(key)}:${json}`;
      firstMember = false;
    }
  }
  yield '}';
}

/**
 * Write `value` as compact JSON to `path` atomically and durably (temp file, fsync, rename, fsync of
 * the folder, like writeFileAtomic), streaming it in slices on the calling thread: stringify record by
 * record, write ~1 MB at a time, yield to the event loop every ~8 ms. The SHA-256 and the record runs
 * are computed on the way, so the caller can record them without reading the file back.
 */
export async function writeJsonFileStreamed(path: string, value: Record<string, unknown>, options: StreamJsonOptions = {}): Promise<StreamedFile> {
  const { sliceMs, chunkBytes } = options.budget ?? DEFAULT_SLICE_BUDGET;
  const runBytes = options.runBytes ?? RUN_BYTES;
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  const hash = createHash('sha256');
  let bytes = 0;
  const runs: RecordRun[] = [];
  let run: { collection: string; start: number } | undefined;
  let renamed = false;
  try {
    const handle = await fsOps.open(temp, 'wx', 0o644);
    try {
      let parts: string[] = [];
      let waiting = 0;
      const flush = async () => {
        const chunk = Buffer.from(parts.join(''), 'utf8');
        parts = [];
        waiting = 0;
        hash.update(chunk);
        bytes += chunk.length;
        // Awaiting the write gives the event loop its turn too.
        await fsOps.write(handle, chunk);
      };
      const endRun = () => {
        if (run !== undefined && bytes > run.start) runs.push([run.collection, run.start, bytes]);
      };
      let sliceStart = performance.now();
      for (const piece of jsonPieces(value)) {
        if (piece === COLLECTION_END) {
          // Written up to the last record: the run ends exactly there.
          await flush();
          endRun();
          run = undefined;
          continue;
        }
        if (typeof piece !== 'string') {
          // Written up to the collection's `{`: its first run starts exactly there.
          await flush();
          run = { collection: piece.collection, start: bytes };
          await yieldToEventLoop();
          sliceStart = performance.now();
          continue;
        }
        parts.push(piece);
        waiting += piece.length;
        if (waiting >= chunkBytes) {
          await flush();
          if (run !== undefined && bytes - run.start >= runBytes) {
            endRun();
            run = { collection: run.collection, start: bytes };
          }
          sliceStart = performance.now();
        } else if (performance.now() - sliceStart >= sliceMs) {
          await yieldToEventLoop();
          sliceStart = performance.now();
        }
      }
      await flush();
      await fsOps.sync(handle);
    } finally {
      await handle.close();
    }
    await options.beforeReplace?.();
    await fsOps.rename(temp, path);
    renamed = true;
    await fsyncDir(dir);
  } finally {
    if (!renamed) await fsOps.unlink(temp).catch(() => undefined);
  }
  return { sha256: hash.digest('hex'), bytes, runs };
}
