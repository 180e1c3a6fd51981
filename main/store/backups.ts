import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write';

/** How many previous snapshots backups/ keeps. */
export const BACKUPS_KEPT = 5;

const BACKUP_PATTERN = /^notebook-\d{8}T\d{9}Z-[0-9a-f]{4}\.json$/;

/** Backup names sort by time: notebook-20250101T120000123Z-ab12.json. */
function backupName(at: number): string {
  const stamp = new Date(at).toISOString().replace(/[-:.]/g, '');
  return `notebook-${stamp}-${randomBytes(2).toString('hex')}.json`;
}

/** Keep a durable copy of a snapshot about to be replaced. Returns its file name. */
export async function writeBackup(backupsDir: string, bytes: Uint8Array, at: number = Date.now()): Promise<string> {
  await fsp.mkdir(backupsDir, { recursive: true });
  const name = backupName(at);
  await writeFileAtomic(join(backupsDir, name), bytes);
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
