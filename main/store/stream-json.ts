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

export interface StreamedFile {
  /** SHA-256 of the bytes written, computed as they were written. */
  sha256: string;
  bytes: number;
}

export interface StreamJsonOptions {
  budget?: SliceBudget;
  /**
   * Runs after the temp file is complete and fsync'd, just before it replaces `path`. Throwing here
   * abandons the write and leaves the old file as it was.
   */
  beforeReplace?: () => Promise<void>;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/**
 * Yielded by jsonPieces just before it takes a collection's keys: Object.keys of 100k records takes
 * ~17 ms in one go, so the writer gives the event loop its turn first rather than after a full slice.
 */
export const BEFORE_COLLECTION = Symbol('before a collection');

/**
 * The text of JSON.stringify(value), byte for byte, in pieces: every member of a top-level plain object
 * (a collection keyed by id) is its own piece. The generator is lazy, so each collection's keys are
 * taken when it is reached: records added to it later are not written (the journal has them), a record
 * removed before it is reached is left out, and a record replaced before it is reached is written as it
 * is then. Each record is stringified in one synchronous step, so it is never half old, half new.
 */
export function* jsonPieces(value: Record<string, unknown>): Generator<string | typeof BEFORE_COLLECTION> {
  yield '{';
  let firstMember = true;
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (isPlainObject(member)) {
      yield `${firstMember ? '' : ','}${JSON.stringify(key)}:{`;
      firstMember = false;
      yield BEFORE_COLLECTION;
      let firstRecord = true;
      for (const id of Object.keys(member)) {
        const json = JSON.stringify(member[id]) as string | undefined;
        if (json === undefined) continue;
        yield `${firstRecord ? '' : ','}${JSON.stringify(id)}:${json}`;
        firstRecord = false;
      }
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
 * record, write ~1 MB at a time, yield to the event loop every ~8 ms. The SHA-256 is computed on the
 * way, so the caller can record it without reading the file back.
 */
export async function writeJsonFileStreamed(path: string, value: Record<string, unknown>, options: StreamJsonOptions = {}): Promise<StreamedFile> {
  const { sliceMs, chunkBytes } = options.budget ?? DEFAULT_SLICE_BUDGET;
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  const hash = createHash('sha256');
  let bytes = 0;
  let renamed = false;
  try {
    const handle = await fsOps.open(temp, 'wx', 0o644);
    try {
      let parts: string[] = [];
      let waiting = 0;
      let sliceStart = performance.now();
      for (const piece of jsonPieces(value)) {
        if (piece === BEFORE_COLLECTION) {
          await yieldToEventLoop();
          sliceStart = performance.now();
          continue;
        }
        parts.push(piece);
        waiting += piece.length;
        if (waiting >= chunkBytes) {
          const chunk = Buffer.from(parts.join(''), 'utf8');
          parts = [];
          waiting = 0;
          hash.update(chunk);
          bytes += chunk.length;
          // Awaiting the write gives the event loop its turn too.
          await fsOps.write(handle, chunk);
          sliceStart = performance.now();
        } else if (performance.now() - sliceStart >= sliceMs) {
          await yieldToEventLoop();
          sliceStart = performance.now();
        }
      }
      const last = Buffer.from(parts.join(''), 'utf8');
      hash.update(last);
      bytes += last.length;
      await fsOps.write(handle, last);
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
  return { sha256: hash.digest('hex'), bytes };
}
