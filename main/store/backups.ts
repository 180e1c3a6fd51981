import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { fsyncDir } from './atomic-write';
import { fsOps } from './fs-ops';

/** How many previous snapshots backups/ keeps. */
export const BACKUPS_KEPT = 5;

const BACKUP_PATTERN = /^notebook-\d{8}T\d{9}Z-[0-9a-f]{4}\.json$/;

/** Backup names sort by time: notebook-20250101T120000123Z-ab12.json. */
function backupName(at: number): string {
  const stamp = new Date(at).toISOString().replace(/[-:.]/g, '');
  return `notebook-${stamp}-${randomBytes(2).toString('hex')}.json`;
}

/**
 * Keep a durable copy of the snapshot file about to be replaced, copied file to file (a reflink where
 * the file system has them) so the 100 MB of an F10k notebook never pass through this process's memory.
 * Same steps as writeFileAtomic: temp name, fsync, rename, fsync of the folder. Returns the backup's
 * name, or null when there is no file to keep.
 */
export async function copyBackup(backupsDir: string, source: string, at: number = Date.now()): Promise<string | null> {
  await fsp.mkdir(backupsDir, { recursive: true });
  const name = backupName(at);
  const temp = join(backupsDir, `.${name}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  let renamed = false;
  try {
    try {
      await fsp.copyFile(source, temp, fsConstants.COPYFILE_EXCL | fsConstants.COPYFILE_FICLONE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !(await fsp.stat(source).catch(() => null))) return null;
      throw error;
    }
    const handle = await fsOps.open(temp, 'r+');
    try {
      await fsOps.sync(handle);
    } finally {
      await handle.close();
    }
    await fsOps.rename(temp, join(backupsDir, name));
    renamed = true;
    await fsyncDir(backupsDir);
  } finally {
    if (!renamed) await fsOps.unlink(temp).catch(() => undefined);
  }
  return name;
}

/** Backup file names, newest first. */
export async function listBackups(backupsDir: string): Promise<string[]> {
  const names = await fsp.readdir(backupsDir).catch(() => [] as string[]);
  return names.filter((name) => BACKUP_PATTERN.test(name)).sort().reverse();
}

export async function pruneBackups(backupsDir: string, keep: number = BACKUPS_KEPT): Promise<void> {
  const names = await listBackups(backupsDir);
  for (const name of names.slice(keep)) await fsp.unlink(join(backupsDir, name)).catch(() => undefined);
}

/** The time a backup was taken, from its name, as ISO-8601. */
export function backupTime(name: string): string {
  const match = /^notebook-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/.exec(name);
  if (!match) return name;
  const [, y, mo, d, h, mi, s, ms] = match;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`;
}
