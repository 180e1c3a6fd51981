import { promises as fsp } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { AppError } from '../../shared/api/result';
import { newId } from '../../shared/domain/ids';
import { emptyNotebook } from '../../shared/domain/notebook-data';
import { nowIso } from '../../shared/domain/time';
import { listSegments, readSegment } from './journal-segments';
import { JournalWriter } from './journal-writer';
import { DEFAULT_TUNING, JournalNotebookStore, type StoreTuning } from './journal-store';
import { loadSnapshot, openSnapshotDb } from './load-snapshot';
import { acquireLock } from './notebook-lock';
import { notebookPaths, type NotebookPaths } from './notebook-layout';
import { replayEntries } from './replay';

export interface OpenNotebookOptions extends Partial<StoreTuning> {
  /** Make the folder a notebook if it is not one yet (the CLI's `init`, the app's first run). */
  create?: boolean;
  /** Who makes the changes, recorded on every journal entry; defaults to this machine's name. */
  device?: string;
  /** Time source for journal entries (tests). */
  clock?: () => number;
}

async function exists(path: string): Promise<boolean> {
  return fsp.stat(path).then(
    () => true,
    () => false,
  );
}

async function makeFolders(paths: NotebookPaths): Promise<void> {
  for (const dir of [paths.clips, paths.assets, paths.backups, paths.journal]) await fsp.mkdir(dir, { recursive: true });
}

/** Temp files of atomic writes a killed process left behind (we hold the lock, so none is in use). */
async function removeStaleTempFiles(paths: NotebookPaths): Promise<void> {
  for (const dir of [paths.dir, paths.backups]) {
    const names = await fsp.readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      if (name.startsWith('.') && name.includes('.tmp-')) await fsp.unlink(join(dir, name)).catch(() => undefined);
    }
  }
}

/**
 * Open (or with `create`, initialise) the notebook in `dir`. Takes the lock, loads notebook.json
 * (migrating, or restoring a backup when it is damaged: see store.notices), replays the journal written
 * since the last compaction, and starts a fresh journal segment for this session.
 */
export async function openNotebook(dir: string, options: OpenNotebookOptions = {}): Promise<JournalNotebookStore> {
  const paths = notebookPaths(resolve(dir));
  const clock = options.clock ?? Date.now;
  if (options.create) {
    await fsp.mkdir(paths.dir, { recursive: true });
  } else if (!(await exists(paths.snapshot))) {
    throw new AppError(
      'not_found',
      `${paths.dir} is not a notebook (there is no notebook.json in it). Run "init" to make it one, or pick another folder.`,
    );
  }
  const lock = await acquireLock(paths.lock);
  try {
    if (options.create && !(await exists(paths.snapshot))) {
      await makeFolders(paths);
      const db = openSnapshotDb(paths);
      db.data = { ...emptyNotebook(newId(), nowIso(clock)), journalThrough: 0 };
      await db.write();
    }
    const loaded = await loadSnapshot(paths, { newId, now: nowIso(clock) });
    await makeFolders(paths);
    await removeStaleTempFiles(paths);
    const notices = [...loaded.notices];
    const segments = await listSegments(paths.journal);
    const backlog = { segments: 0, bytes: 0, commits: 0 };
    let skipped = 0;
    for (const segment of segments) {
      if (segment <= loaded.through) continue;
      const { commits, problems, bytes } = await readSegment(paths.journal, segment);
      notices.push(...problems);
      for (const entries of commits) skipped += replayEntries(loaded.data, entries);
      if (commits.length > 0) {
        backlog.segments++;
        backlog.bytes += bytes;
        backlog.commits += commits.length;
      }
    }
    if (skipped > 0) {
      notices.push(`${skipped} status change${skipped === 1 ? '' : 's'} from the journal could not be linked to the restored history and ${skipped === 1 ? 'was' : 'were'} left out.`);
    }
    const next = Math.max(loaded.through, ...segments) + 1;
    const writer = await JournalWriter.open(paths.journal, next);
    return new JournalNotebookStore({
      paths,
      data: loaded.data,
      notices,
      through: loaded.through,
      writer,
      lock,
      device: (options.device ?? hostname()).slice(0, 100) || 'unknown-device',
      clock,
      tuning: {
        compactAfterBytes: options.compactAfterBytes ?? DEFAULT_TUNING.compactAfterBytes,
        compactAfterMs: options.compactAfterMs ?? DEFAULT_TUNING.compactAfterMs,
        compactOnClose: options.compactOnClose ?? DEFAULT_TUNING.compactOnClose,
        compactSliceMs: options.compactSliceMs ?? DEFAULT_TUNING.compactSliceMs,
        compactChunkBytes: options.compactChunkBytes ?? DEFAULT_TUNING.compactChunkBytes,
        syncJournalWrites: options.syncJournalWrites ?? DEFAULT_TUNING.syncJournalWrites,
      },
      backlog,
      rewriteSnapshot: loaded.rewrite,
    });
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/** `init`: make `dir` a notebook (or open the one already there). */
export function initNotebook(dir: string, options: Omit<OpenNotebookOptions, 'create'> = {}): Promise<JournalNotebookStore> {
  return openNotebook(dir, { ...options, create: true });
}
