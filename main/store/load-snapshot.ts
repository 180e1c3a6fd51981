import { promises as fsp } from 'node:fs';
import { basename, join } from 'node:path';
import { Low } from 'lowdb';
import { AppError } from '../../shared/api/result';
import { CURRENT_SCHEMA_VERSION, type NotebookData } from '../../shared/domain/notebook-data';
import { fsyncDir } from './atomic-write';
import { backupTime, copyBackup, listBackups } from './backups';
import type { MigrationContext } from './migrations/index';
import type { NotebookPaths } from './notebook-layout';
import { SnapshotAdapter, SnapshotUnreadableError, type SnapshotAdapterOptions, type SnapshotFile } from './snapshot-adapter';
import { checkSnapshot, journalThroughOf } from './validate-snapshot';

export interface LoadedSnapshot {
  data: NotebookData;
  /** The last journal segment already folded into the snapshot. */
  through: number;
  notices: string[];
  /**
   * Whether notebook.json should be written again soon though nothing changed: its sum lists no record
   * runs (a file from before runs were recorded, or one that needed a full check), so until it is
   * rewritten every open parses all its text at once.
   */
  rewrite: boolean;
}

export function openSnapshotDb(paths: NotebookPaths, options: SnapshotAdapterOptions = {}): Low<SnapshotFile | null> {
  return new Low<SnapshotFile | null>(new SnapshotAdapter(paths.snapshot, paths.snapshotSum, options), null);
}

export function stripThrough(file: SnapshotFile): NotebookData {
  delete file.journalThrough;
  return file;
}

/**
 * Load notebook.json for opening. Fast path: the bytes match the checksum the store wrote, so they are
 * the current schema and already validated. Otherwise: refuse a newer schema untouched, migrate an
 * older one (keeping the original in backups/), validate with zod. A file that cannot be parsed or
 * validated is never overwritten: it is moved aside and the newest valid backup restored.
 */
export async function loadSnapshot(paths: NotebookPaths, context: MigrationContext): Promise<LoadedSnapshot> {
  const db = openSnapshotDb(paths);
  const adapter = db.adapter as SnapshotAdapter;
  try {
    await db.read();
  } catch (error) {
    if (error instanceof SnapshotUnreadableError) return restoreFromBackup(paths, error.reason, context);
    throw error;
  }
  const raw = db.data;
  if (raw === null) {
    throw new AppError(
      'not_found',
      `${paths.dir} is not a notebook (it has no notebook.json). Run "init" to make it one, or pick another folder.`,
    );
  }
  if (adapter.verified && raw.schemaVersion === CURRENT_SCHEMA_VERSION) {
    const through = journalThroughOf(raw);
    return { data: stripThrough(raw), through, notices: [], rewrite: !adapter.readInRuns };
  }
  const checked = checkSnapshot(raw, context);
  if (!checked.ok) return restoreFromBackup(paths, checked.reason, context);
  const notices: string[] = [];
  if (checked.applied.length > 0) {
    const kept = await copyBackup(paths.backups, paths.snapshot);
    db.data = { ...checked.data, journalThrough: checked.through };
    await db.write();
    const steps = checked.applied.map((m) => m.description).join('; ');
    const where = kept === null ? '' : `; the previous file was kept as backups/${kept}`;
    notices.push(`This notebook was upgraded to the current format (${steps})${where}.`);
  } else {
    await adapter.writeSum(adapter.lastSha256, adapter.lastLength);
  }
  return { data: checked.data, through: checked.through, notices, rewrite: checked.applied.length === 0 };
}

async function restoreFromBackup(paths: NotebookPaths, reason: string, context: MigrationContext): Promise<LoadedSnapshot> {
  for (const name of await listBackups(paths.backups)) {
    let raw: unknown;
    try {
      raw = JSON.parse(await fsp.readFile(join(paths.backups, name), 'utf8'));
    } catch {
      continue;
    }
    let checked;
    try {
      checked = checkSnapshot(raw, context);
    } catch (error) {
      if (error instanceof AppError && error.code === 'notebook_too_new') continue;
      throw error;
    }
    if (!checked.ok) continue;
    const kept = `${basename(paths.snapshot)}.corrupt-${new Date().toISOString().replace(/[-:.]/g, '')}`;
    await fsp.rename(paths.snapshot, join(paths.dir, kept));
    await fsp.unlink(paths.snapshotSum).catch(() => undefined);
    await fsyncDir(paths.dir);
    const db = openSnapshotDb(paths);
    db.data = { ...checked.data, journalThrough: checked.through };
    await db.write();
    return {
      data: checked.data,
      through: checked.through,
      rewrite: false,
      notices: [
        `notebook.json could not be read (${reason}); it was kept as ${kept} and the backup from ${backupTime(name)} was restored.`,
      ],
    };
  }
  throw new AppError(
    'notebook_corrupt',
    `notebook.json could not be read (${reason}) and there is no usable backup in backups/. It was left untouched at ${paths.snapshot}: keep a copy of it, then restore it by hand or open another notebook.`,
  );
}

