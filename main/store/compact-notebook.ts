import { CURRENT_SCHEMA_VERSION, type NotebookData } from '../../shared/domain/notebook-data';
import { newId } from '../../shared/domain/ids';
import { writeBackup } from './backups';
import { listSegments, readSegment } from './journal-segments';
import { openSnapshotDb, stripThrough } from './load-snapshot';
import { notebookPaths } from './notebook-layout';
import { replayEntries } from './replay';
import type { SnapshotAdapter } from './snapshot-adapter';
import { checkSnapshot, journalThroughOf } from './validate-snapshot';

export interface CompactionRequest {
  dir: string;
  /** Fold journal segments up to and including this one into notebook.json. */
  through: number;
}

export interface CompactionResult {
  /** The segment the snapshot included before; segments up to it are no longer needed by any file. */
  previousThrough: number;
  through: number;
  backup: string | null;
}

/**
 * Fold closed journal segments into notebook.json, reading everything from disk rather than from the
 * app's memory so it can run in a worker thread: the 0.5 s stringify of an F10k notebook happens off
 * the main thread. Steps: read the snapshot, replay the closed segments with the same reducer the app
 * used, keep the old snapshot in backups/, write the new one atomically with the segment it includes.
 * A crash at any step leaves either the old snapshot (and the segments it still needs) or the new one.
 */
export async function compactNotebook(request: CompactionRequest): Promise<CompactionResult> {
  const paths = notebookPaths(request.dir);
  const db = openSnapshotDb(paths, true);
  const adapter = db.adapter as SnapshotAdapter;
  await db.read();
  const raw = db.data;
  if (raw === null) throw new Error(`${paths.snapshot} is missing`);
  let data: NotebookData;
  let previousThrough: number;
  if (adapter.verified && raw.schemaVersion === CURRENT_SCHEMA_VERSION) {
    previousThrough = journalThroughOf(raw);
    data = stripThrough(raw);
  } else {
    const checked = checkSnapshot(raw, { newId, now: new Date().toISOString() });
    if (!checked.ok) throw new Error(`notebook.json no longer validates (${checked.reason}); it was not compacted`);
    previousThrough = checked.through;
    data = checked.data;
  }
  if (request.through <= previousThrough) return { previousThrough, through: previousThrough, backup: null };
  for (const segment of await listSegments(paths.journal)) {
    if (segment <= previousThrough || segment > request.through) continue;
    const { commits } = await readSegment(paths.journal, segment);
    for (const entries of commits) replayEntries(data, entries);
  }
  const bytes = adapter.lastBytes;
  adapter.lastBytes = null;
  const backup = bytes ? await writeBackup(paths.backups, bytes) : null;
  db.data = { ...data, journalThrough: request.through };
  await db.write();
  return { previousThrough, through: request.through, backup };
}
