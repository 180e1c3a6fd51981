import type { EvidenceView } from '../../shared/api/views';
import { STATUSES, checkTransition, isFinal, type EvidenceCounts, type Status } from '../../shared/domain/status';

/**
 * What dragging a card (or Shift+Arrow) asks of the workflow, decided before anything is sent: a
 * move the rules will refuse is explained at once, one that needs a rationale asks for it, and the
 * rest go straight through. The server still has the last word; this only spares a round trip.
 */
export type MovePlan = { kind: 'none' } | { kind: 'blocked'; message: string } | { kind: 'ask-rationale' } | { kind: 'move' };

/** The status one column to the left (-1) or right (+1) on the board, or null at either end. */
export function neighbourStatus(status: Status, delta: -1 | 1): Status | null {
  return STATUSES[STATUSES.indexOf(status) + delta] ?? null;
}

/** Every move into or out of a verdict needs words for the claim's history. */
export function needsRationale(from: Status, to: Status): boolean {
  return isFinal(from) || isFinal(to);
}

/** Links still in force, by stance (unlinked evidence is kept for undo but no longer counts). */
export function countEvidence(evidence: readonly Pick<EvidenceView, 'stance' | 'deletedAt'>[]): EvidenceCounts {
  const counts: EvidenceCounts = { supports: 0, contradicts: 0, context: 0 };
  for (const e of evidence) if (!e.deletedAt) counts[e.stance] += 1;
  return counts;
}

/** What a reporter must do before this move can happen, in their words; null when the evidence allows it. */
export function blockedMoveReason(from: Status, to: Status, counts: EvidenceCounts): string | null {
  const verdict = checkTransition({ from, to, rationale: 'a rationale will be asked for', evidence: counts });
  if (verdict.allowed || verdict.code !== 'evidence_required') return null;
  return to === 'verified'
    ? 'Add a supporting source to mark this verified: use “Link a source” on the claim.'
    : 'Add a contradicting source to mark this false: use “Link a source” on the claim.';
}

/** Decides what a drop or Shift+Arrow does. Without the counts yet, the server decides. */
export function planMove(from: Status, to: Status, counts: EvidenceCounts | undefined): MovePlan {
  if (from === to) return { kind: 'none' };
  const blocked = counts ? blockedMoveReason(from, to, counts) : null;
  if (blocked) return { kind: 'blocked', message: blocked };
  return needsRationale(from, to) ? { kind: 'ask-rationale' } : { kind: 'move' };
}

/** "1 supporting · no contradicting · 2 context": a card's evidence in words. */
export function evidenceSummary(counts: EvidenceCounts): string {
  const n = (count: number) => (count === 0 ? 'no' : String(count));
  return `${n(counts.supports)} supporting · ${n(counts.contradicts)} contradicting · ${n(counts.context)} context`;
}
