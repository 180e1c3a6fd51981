import { entryHash, genesisHash } from '../../shared/domain/history';
import type { NotebookData } from '../../shared/domain/notebook-data';
import { applyOp, type JournalEntry } from '../../shared/domain/ops';

/**
 * Apply journalled entries with the same `applyOp` commit used, so memory and disk cannot disagree.
 * A status entry whose place in the chain is already taken is one the snapshot already holds (compaction
 * writes a fuzzy snapshot that may include ops made while it was written); `applyOp` leaves it out.
 * One guard on top: a status entry that neither is already there nor links to the end of its claim's
 * history is skipped rather than appended. That only happens when a backup was restored and some journal
 * is missing; skipping keeps every history a valid hash chain instead of grafting a change onto the
 * wrong past. Returns how many entries were skipped that way.
 */
export function replayEntries(data: NotebookData, entries: readonly JournalEntry[]): number {
  let skipped = 0;
  for (const { op } of entries) {
    if (op.type === 'claim.status') {
      const claim = data.claims[op.claimId];
      if (!claim) {
        skipped++;
        continue;
      }
      const last = claim.history[claim.history.length - 1];
      const alreadyThere = claim.history.some((entry) => entry.prevSha256 === op.entry.prevSha256);
      const links = op.entry.prevSha256 === (last ? entryHash(last) : genesisHash(claim.id));
      if (!alreadyThere && !links) {
        skipped++;
        continue;
      }
    }
    applyOp(data, op);
  }
  return skipped;
}
