import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, promises as fsp } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Unzip, UnzipInflate } from 'fflate';
import { AppError } from '../../shared/api/result';
import { fsyncDir } from '../store/atomic-write';
import { checkNotebook } from '../store/check-notebook';
import { openNotebook } from '../store/open-notebook';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_MANIFEST_FILE,
  BACKUP_SNAPSHOT_FILE,
  isBackupEntry,
  isTraversal,
  type BackupManifest,
} from './backup-format';

export interface RestoreResult {
  notebookDir: string;
  notebookId: string;
  files: number;
  counts: BackupManifest['counts'];
  /** What `check` found in the restored notebook: empty for a healthy backup. */
  problems: string[];
  /** Files the notebook already lacked when it was backed up. */
  missing: string[];
}

function notABackup(zipFile: string, why: string): AppError {
  return new AppError('invalid_input', `${zipFile} is not a Newsroom Notebook backup: ${why}. Nothing was restored.`);
}

/**
 * How much a backup may unpack to. Each entry is held in memory until it is written, so without a
 * cap a "zip bomb" (a few MB that inflate to many GB) could exhaust memory or fill the disk. The
 * defaults sit far above a large real notebook (F10k: a ~100 MB notebook.json, clip bodies under
 * 15 MB each, ~100k files with their images).
 */
export interface RestoreLimits {
  /** Largest single file, uncompressed. */
  maxEntryBytes: number;
  /** All files together, uncompressed. */
  maxTotalBytes: number;
  /** Files in the zip, folders aside. */
  maxEntries: number;
}

const MiB = 1024 * 1024;
export const DEFAULT_RESTORE_LIMITS: RestoreLimits = { maxEntryBytes: 1024 * MiB, maxTotalBytes: 16 * 1024 * MiB, maxEntries: 500_000 };

export interface RestoreOptions {
  limits?: Partial<RestoreLimits>;
}

function inWords(bytes: number): string {
  if (bytes >= 1024 * MiB) return `${(bytes / (1024 * MiB)).toLocaleString('en-US', { maximumFractionDigits: 1 })} GiB`;
  if (bytes >= MiB) return `${(bytes / MiB).toLocaleString('en-US', { maximumFractionDigits: 1 })} MiB`;
  return `${bytes.toLocaleString('en-US')} bytes`;
}

function tooLarge(zipFile: string, why: string): AppError {
  return new AppError(
    'invalid_input',
    `${zipFile} cannot be restored: ${why}, more than any notebook backup holds, so it is damaged or not a backup. Nothing was restored.`,
  );
}

/** The target must be missing or an empty folder: a restore never mixes with, or replaces, anything. */
async function checkTarget(targetDir: string): Promise<boolean> {
  const stat = await fsp.stat(targetDir).catch(() => null);
  if (stat === null) return false;
  if (!stat.isDirectory()) throw new AppError('invalid_input', `${targetDir} is a file, not a folder. Restore into an empty or new folder.`);
  const names = await fsp.readdir(targetDir);
  if (names.length > 0) {
    throw new AppError(
      'invalid_input',
      `${targetDir} is not empty (${names.length} item${names.length === 1 ? '' : 's'} in it). Restore into an empty or new folder; nothing was changed.`,
    );
  }
  return true;
}

/**
 * How much of the zip is handed to the unzipper at once (see unpack). It also bounds what one push
 * can inflate before the caps are checked: deflate expands at most ~1,032×, so ~64 MB.
 */
const PUSH_SLICE = 64 * 1024;
/** Finished entries waiting to be written are flushed to disk once they hold this much. */
const DRAIN_AT = 64 * MiB;
/** Files written and fsync'd at once: parallel fsyncs share the file system's journal commits. */
const WRITE_CONCURRENCY = 16;

async function writeDurably(path: string, data: Uint8Array): Promise<void> {
  const handle = await fsp.open(path, 'wx', 0o644);
  try {
    let offset = 0;
    while (offset < data.length) offset += (await handle.write(data, offset, data.length - offset, null)).bytesWritten;
    await handle.sync();
  } finally {
    await handle.close();
  }
}

interface Unpacked {
  written: Map<string, { sha256: string; bytes: number }>;
  manifest: Uint8Array | null;
}

/**
 * Stream the zip entry by entry (fflate's Unzip) into `dir`: only the names a backup can hold are
 * accepted, so a path like ../../etc or an unexpected file stops the restore before it is written,
 * and the limits (count, declared and inflated sizes) stop a zip bomb before it fills memory or disk.
 */
async function unpack(zipFile: string, dir: string, limits: RestoreLimits): Promise<Unpacked> {
  const written = new Map<string, { sha256: string; bytes: number }>();
  let manifest: Uint8Array | null = null;
  const ready: Array<{ name: string; data: Uint8Array }> = [];
  let readyBytes = 0;
  let failure: Error | null = null;
  let entries = 0;
  let declaredTotal = 0;
  let inflatedTotal = 0;
  const unzip = new Unzip((file) => {
    if (failure) return;
    if (isTraversal(file.name)) {
      failure = notABackup(zipFile, `the entry "${file.name}" points outside the folder it would be restored into`);
      return;
    }
    if (file.name.endsWith('/')) return;
    if (!isBackupEntry(file.name)) {
      failure = notABackup(zipFile, `it holds "${file.name}", which a backup never does`);
      return;
    }
    if (++entries > limits.maxEntries) {
      failure = tooLarge(zipFile, `it holds more than ${limits.maxEntries.toLocaleString('en-US')} files`);
      return;
    }
    // The sizes the zip declares refuse a bomb before any of it is inflated; a zip written as a
    // stream declares none, and a forged one may lie, so the bytes are counted as they inflate too.
    const declared = file.originalSize;
    if (declared !== undefined) {
      declaredTotal += declared;
      if (declared > limits.maxEntryBytes) {
        failure = tooLarge(zipFile, `the entry "${file.name}" unpacks to ${inWords(declared)}, over the ${inWords(limits.maxEntryBytes)} a file may hold`);
        return;
      }
      if (declaredTotal > limits.maxTotalBytes) {
        failure = tooLarge(zipFile, `its files unpack to over ${inWords(limits.maxTotalBytes)}`);
        return;
      }
    }
    let parts: Uint8Array[] = [];
    let entryBytes = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = notABackup(zipFile, `the entry "${file.name}" cannot be read (${error.message})`);
        return;
      }
      entryBytes += chunk.length;
      inflatedTotal += chunk.length;
      if (entryBytes > limits.maxEntryBytes || inflatedTotal > limits.maxTotalBytes) {
        failure =
          entryBytes > limits.maxEntryBytes
            ? tooLarge(zipFile, `the entry "${file.name}" unpacks to over the ${inWords(limits.maxEntryBytes)} a file may hold`)
            : tooLarge(zipFile, `its files unpack to over ${inWords(limits.maxTotalBytes)}`);
        parts = [];
        file.terminate();
        return;
      }
      parts.push(chunk);
      if (final) {
        ready.push({ name: file.name, data: Buffer.concat(parts) });
        readyBytes += entryBytes;
        parts = [];
      }
    };
    try {
      file.start();
    } catch (error) {
      failure = notABackup(zipFile, `the entry "${file.name}" cannot be read (${(error as Error).message})`);
    }
  });
  unzip.register(UnzipInflate);
  const drain = async () => {
    if (failure) throw failure;
    const batch: Array<{ name: string; data: Uint8Array }> = [];
    readyBytes = 0;
    for (const { name, data } of ready.splice(0)) {
      if (written.has(name) || (name === BACKUP_MANIFEST_FILE && manifest)) throw notABackup(zipFile, `it holds "${name}" twice`);
      if (name === BACKUP_MANIFEST_FILE) {
        manifest = data;
        continue;
      }
      written.set(name, { sha256: createHash('sha256').update(data).digest('hex'), bytes: data.length });
      batch.push({ name, data });
    }
    for (let i = 0; i < batch.length; i += WRITE_CONCURRENCY) {
      await Promise.all(batch.slice(i, i + WRITE_CONCURRENCY).map(({ name, data }) => writeDurably(join(dir, name), data)));
    }
  };
  let size = 0;
  try {
    for await (const chunk of createReadStream(zipFile, { highWaterMark: 1 << 20 })) {
      const bytes = chunk as Buffer;
      size += bytes.length;
      // fflate's Unzip recurses once per entry found in a pushed chunk: small slices keep a backup of
      // thousands of tiny bodies from overflowing the stack.
      for (let at = 0; at < bytes.length; at += PUSH_SLICE) {
        unzip.push(bytes.subarray(at, at + PUSH_SLICE), false);
        // Stop inflating at the first cap crossed, and write out what is held before it piles up.
        if (failure) throw failure;
        if (readyBytes >= DRAIN_AT) await drain();
      }
      await drain();
    }
    unzip.push(new Uint8Array(0), true);
    await drain();
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined) throw error;
    throw notABackup(zipFile, `it cannot be read as a zip (${(error as Error).message})`);
  }
  if (size === 0) throw notABackup(zipFile, 'the file is empty');
  return { written, manifest };
}

function parseManifest(zipFile: string, bytes: Uint8Array | null): BackupManifest {
  if (bytes === null) throw notABackup(zipFile, `it has no ${BACKUP_MANIFEST_FILE}`);
  let manifest: Partial<BackupManifest>;
  try {
    manifest = JSON.parse(Buffer.from(bytes).toString('utf8')) as Partial<BackupManifest>;
  } catch {
    throw notABackup(zipFile, `its ${BACKUP_MANIFEST_FILE} is not valid JSON`);
  }
  if (manifest.format !== BACKUP_FORMAT || !Array.isArray(manifest.files)) throw notABackup(zipFile, `its ${BACKUP_MANIFEST_FILE} is of another kind`);
  if (typeof manifest.formatVersion !== 'number' || manifest.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new AppError('notebook_too_new', `${zipFile} was made by a newer version of Newsroom Notebook; update the app to restore it.`);
  }
  return manifest as BackupManifest;
}

/** Every file the manifest lists must have arrived intact, and nothing else. */
function verifyFiles(zipFile: string, manifest: BackupManifest, written: Unpacked['written']): void {
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    listed.add(entry.path);
    const got = written.get(entry.path);
    if (!got) throw notABackup(zipFile, `${entry.path} is listed in it but missing`);
    if (got.sha256 !== entry.sha256 || got.bytes !== entry.bytes) {
      throw new AppError('invalid_input', `${zipFile} is damaged: ${entry.path} does not match the SHA-256 recorded in the backup. Nothing was restored.`);
    }
  }
  for (const name of written.keys()) {
    if (!listed.has(name)) throw notABackup(zipFile, `${name} is in it but not listed in ${BACKUP_MANIFEST_FILE}`);
  }
  if (!written.has(BACKUP_SNAPSHOT_FILE)) throw notABackup(zipFile, `it has no ${BACKUP_SNAPSHOT_FILE}`);
}

/**
 * Restore a backup zip into `targetDir`, which must be missing or empty. Everything is unpacked into
 * a hidden temp folder beside it, checked against the backup's manifest (SHA-256 of every file),
 * opened with the real store (which validates every record) and checked; only then is the folder
 * renamed into place. Any failure removes the temp folder, so nothing half-made is left.
 */
export async function restoreNotebook(zipFile: string, targetDir: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const limits: RestoreLimits = { ...DEFAULT_RESTORE_LIMITS, ...options.limits };
  const target = resolve(targetDir);
  const zipStat = await fsp.stat(zipFile).catch(() => null);
  if (zipStat === null) throw new AppError('not_found', `There is no file ${zipFile}.`);
  if (zipStat.isDirectory()) throw new AppError('invalid_input', `${zipFile} is a folder; give the backup's .zip file.`);
  const targetExists = await checkTarget(target);
  const parent = dirname(target);
  await fsp.mkdir(parent, { recursive: true });
  const temp = join(parent, `.${basename(target)}.restore-${process.pid}-${randomBytes(4).toString('hex')}`);
  await fsp.mkdir(join(temp, 'clips'), { recursive: true });
  await fsp.mkdir(join(temp, 'assets'), { recursive: true });
  let moved = false;
  try {
    const { written, manifest: manifestBytes } = await unpack(zipFile, temp, limits);
    const manifest = parseManifest(zipFile, manifestBytes);
    verifyFiles(zipFile, manifest, written);
    await fsyncDir(join(temp, 'clips'));
    await fsyncDir(join(temp, 'assets'));

    let store;
    try {
      store = await openNotebook(temp, { create: false });
    } catch (error) {
      if (error instanceof AppError && error.code === 'notebook_too_new') throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new AppError('invalid_input', `The notebook in ${zipFile} cannot be opened: ${detail.replaceAll(temp, 'the backup')}. Nothing was restored.`);
    }
    let problems: string[];
    let notebookId: string;
    let counts: RestoreResult['counts'];
    try {
      problems = (await checkNotebook(store)).problems;
      notebookId = store.data.notebookId;
      // Counted from what was restored, not taken from the manifest, which a hand-made zip may lack.
      const { clips, claims, sources, evidence, stories } = store.data;
      counts = {
        clips: Object.keys(clips).length,
        claims: Object.keys(claims).length,
        sources: Object.keys(sources).length,
        evidence: Object.keys(evidence).length,
        stories: Object.keys(stories).length,
      };
    } finally {
      await store.close();
    }
    await fsyncDir(temp);
    // rename() replaces an empty folder on POSIX but not on Windows: remove it first.
    if (targetExists) await fsp.rmdir(target);
    await fsp.rename(temp, target);
    moved = true;
    await fsyncDir(parent);
    return { notebookDir: target, notebookId, files: written.size + 1, counts, problems, missing: manifest.missing ?? [] };
  } finally {
    if (!moved) {
      await fsp.rm(temp, { recursive: true, force: true }).catch(() => undefined);
      // Put back the empty folder the user gave, had it been removed just before a failed rename.
      if (targetExists) await fsp.mkdir(target, { recursive: true }).catch(() => undefined);
    }
  }
}
