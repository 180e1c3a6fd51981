/**
 * What a notebook backup zip holds. notebook.json is the whole notebook as it stood in memory at one
 * instant (so nothing half-written by the journal is copied), clips/ and assets/ the files its clips
 * point at, named as in the notebook, and backup-manifest.json, written last, the list of every other
 * entry with its SHA-256 and size. Restore accepts exactly these names and nothing else, so an entry
 * cannot land outside the folder and a zip that is not a backup is refused before anything is used.
 */
export const BACKUP_FORMAT = 'newsroom-notebook-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_MANIFEST_FILE = 'backup-manifest.json';
export const BACKUP_SNAPSHOT_FILE = 'notebook.json';

export interface BackupFileEntry {
  path: string;
  sha256: string;
  bytes: number;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  notebookId: string;
  schemaVersion: number;
  createdAt: string;
  software: string;
  counts: { clips: number; claims: number; sources: number; evidence: number; stories: number };
  /** Files referenced by the notebook but missing from it when the backup was made (see `check`). */
  missing: string[];
  files: BackupFileEntry[];
}

const BODY_ENTRY = /^clips\/[0-9a-f]{64}\.(html|txt)$/;
const ASSET_ENTRY = /^assets\/[0-9a-f]{64}\.[a-z0-9]{1,10}$/;

/** Whether an entry name is one a backup can hold. */
export function isBackupEntry(name: string): boolean {
  return name === BACKUP_SNAPSHOT_FILE || name === BACKUP_MANIFEST_FILE || BODY_ENTRY.test(name) || ASSET_ENTRY.test(name);
}

/** An entry name that tries to leave the folder it is unpacked in ("zip slip"). */
export function isTraversal(name: string): boolean {
  return name.startsWith('/') || name.includes('\\') || /^[a-zA-Z]:/.test(name) || name.split('/').some((part) => part === '..');
}
