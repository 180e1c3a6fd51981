import type { HistoryEntry } from './entities';
import type { Status } from './status';
import { sha256Hex } from './sha256';

/**
 * A claim's status history is a hash chain: each entry stores the SHA-256 of the one before it
 * (the first stores the hash of the claim's genesis string). Editing or deleting any past entry
 * breaks every later link, which `check` reports.
 */

/** The hash the first entry of a claim's history points at. */
export function genesisHash(claimId: string): string {
  return sha256Hex(`newsroom-notebook:claim:${claimId}`);
}

/** A canonical serialization with a fixed key order, so the hash never depends on how JSON was written. */
export function entryHash(entry: HistoryEntry): string {
  return sha256Hex(JSON.stringify([entry.from, entry.to, entry.at, entry.rationale, entry.prevSha256]));
}

/** The entry to append for a move to `to`, linked to the current end of the chain. */
export function nextHistoryEntry(
  claimId: string,
  history: readonly HistoryEntry[],
  to: Status,
  at: string,
  rationale: string,
): HistoryEntry {
  const last = history[history.length - 1];
  return {
    from: last ? last.to : null,
    to,
    at,
    rationale,
    prevSha256: last ? entryHash(last) : genesisHash(claimId),
  };
}

export type ChainProblem = { index: number; message: string };

/** Every broken link in a claim's history, or an empty list when the chain holds. */
export function verifyHistory(claimId: string, history: readonly HistoryEntry[], status: Status): ChainProblem[] {
  const problems: ChainProblem[] = [];
  if (history.length === 0) return [{ index: 0, message: 'history is empty' }];
  let expected = genesisHash(claimId);
  let previousTo: Status | null = null;
  history.forEach((entry, index) => {
    if (entry.prevSha256 !== expected) {
      problems.push({ index, message: `entry ${index + 1} does not link to the entry before it (history was altered)` });
    }
    if (entry.from !== previousTo) {
      problems.push({ index, message: `entry ${index + 1} starts from ${entry.from ?? 'nothing'} but the claim was ${previousTo ?? 'new'}` });
    }
    expected = entryHash(entry);
    previousTo = entry.to;
  });
  if (previousTo !== status) {
    problems.push({ index: history.length - 1, message: `the claim says ${status} but its history ends at ${previousTo}` });
  }
  return problems;
}
