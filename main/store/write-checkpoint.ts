import type { NotebookData } from '../../shared/domain/notebook-data';
import { copyBackup } from './backups';
import { openSnapshotDb } from './load-snapshot';
import type { NotebookPaths } from './notebook-layout';
import type { SliceBudget } from './stream-json';

export interface CheckpointRequest {
  paths: NotebookPaths;
  /** The store's live in-memory notebook. It keeps changing while it is written; see below. */
  data: NotebookData;
  /** The last journal segment whose every op is already in `data` (the cut point). */
  through: number;
  budget: SliceBudget;
  /** Resolves once every op already applied to `data` is durable in the journal; rejects if one failed. */
  journalDurable: () => Promise<void>;
}

/**
 * Compaction as a fuzzy checkpoint: write the app's own in-memory data to notebook.json, in slices on
 * the main thread (no worker, no re-reading or re-parsing the snapshot, no second copy in memory),
 * recording `journalThrough` = the segment closed just before, so open replays only what came after.
 *
 * Changes committed while the slices are written go to memory and to the next journal segment; the
 * snapshot may or may not hold some of them, even only part of one commit. That is safe because
 * replaying every op after the cut, in order, over a snapshot that already holds some of them gives the
 * same state: puts and removes carry whole records, and a status entry already in its claim's chain is
 * not appended again (applyOp). Two things keep it safe across a crash:
 * - before the new file replaces the old one, every op it may hold is made durable in the journal
 *   (`journalDurable`), so whatever part of a commit it holds, the journal holds the whole commit;
 * - the previous snapshot is copied to backups/ first, and the segments it needs are deleted only after
 *   the next compaction (journal-store.ts), so a restored backup can replay everything.
 */
export async function writeCheckpoint(request: CheckpointRequest): Promise<{ backup: string | null }> {
  const { paths } = request;
  // The copy runs while the slices are written; the new file waits for it before replacing the old.
  const backup = copyBackup(paths.backups, paths.snapshot);
  backup.catch(() => undefined); // handled below; this only keeps an early failure from being "unhandled"
  try {
    const db = openSnapshotDb(paths, {
      budget: request.budget,
      beforeReplace: async () => {
        await backup;
        await request.journalDurable();
      },
    });
    db.data = { ...request.data, journalThrough: request.through };
    await db.write();
    return { backup: await backup };
  } finally {
    // Never leave the copy running once compaction has ended (close releases the lock next).
    await backup.catch(() => undefined);
  }
}
