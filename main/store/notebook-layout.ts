import { join } from 'node:path';

/**
 * Where everything lives inside a notebook folder (DESIGN.md "On disk"), plus the journal the store
 * adds: notebook.json is lowdb's compacted snapshot, journal/ holds the operations made since.
 */
export const SNAPSHOT_FILE = 'notebook.json';
/** SHA-256 and size of notebook.json as the store last wrote it, so open can skip re-validating it. */
export const SNAPSHOT_SUM_FILE = 'notebook.json.sum';
export const LOCK_FILE = 'notebook.lock';

export function notebookPaths(dir: string) {
  return {
    dir,
    snapshot: join(dir, SNAPSHOT_FILE),
    snapshotSum: join(dir, SNAPSHOT_SUM_FILE),
    lock: join(dir, LOCK_FILE),
    clips: join(dir, 'clips'),
    assets: join(dir, 'assets'),
    backups: join(dir, 'backups'),
    journal: join(dir, 'journal'),
  };
}

export type NotebookPaths = ReturnType<typeof notebookPaths>;

/** Journal segments are numbered files, journal/000001.ndjson, so their names sort in write order. */
export function segmentName(segment: number): string {
  return `${String(segment).padStart(6, '0')}.ndjson`;
}

export function segmentNumber(fileName: string): number | null {
  const match = /^(\d{6,})\.ndjson$/.exec(fileName);
  return match ? Number(match[1]) : null;
}
