import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { listSegments } from '../store/journal-segments';
import { notebookPaths, segmentName } from '../store/notebook-layout';

/**
 * Whether this CLI run should fold the journal into notebook.json when it closes.
 *
 * Each CLI command is its own short session. Compacting on every close would rewrite the whole
 * metadata file per command: measured on an F10k-sized notebook (65 MB notebook.json) that turns a
 * ~1 s `source add` into ~4-6 s, which makes scripting a thousand claims impractical. The journal is
 * already durable, so the CLI leaves it for later, and compacts only once a backlog has built up
 * (every session leaves one small segment file, and each is replayed on open).
 *
 * The count is of all segment files, because which of them notebook.json already holds is known only
 * inside the store: after a compaction the store keeps the segments it just folded in (a restored
 * backup replays them), and deletes them at the next one. So right after compacting about half of
 * the files are old; counting to 64 means compacting roughly every 32 commands, and never letting
 * more than 64 segments wait to be replayed.
 */
export const COMPACT_AFTER_SEGMENTS = 64;
export const COMPACT_AFTER_BYTES = 8 * 1024 * 1024;

export async function journalBacklogIsLarge(dir: string): Promise<boolean> {
  const { journal } = notebookPaths(dir);
  const segments = await listSegments(journal).catch(() => [] as number[]);
  if (segments.length >= COMPACT_AFTER_SEGMENTS) return true;
  let bytes = 0;
  for (const segment of segments) {
    bytes += (await fsp.stat(join(journal, segmentName(segment))).catch(() => null))?.size ?? 0;
  }
  return bytes >= COMPACT_AFTER_BYTES;
}
