import { anchorSpan, toUtf16Offset } from '../../../shared/domain/anchor';
import type { Claim } from '../../../shared/domain/entities';
import type { NotebookData } from '../../../shared/domain/notebook-data';
import type { Op } from '../../../shared/domain/ops';
import { reanchor } from '../../../shared/domain/reanchor';
import type { DeepReadonly } from '../../store/notebook-store';

/**
 * When an article is captured again as a new version, its claims move to the new version: each is
 * re-anchored in the new text (position, exact quote, then a fuzzy match) and, where it still matches,
 * gets fresh selectors there. A claim that no longer matches moves too, keeping its old selectors, so
 * the new version shows it as orphaned with its quote instead of hiding it on an old capture. Status
 * and history are untouched: the claim is the same claim. The ops go in the same commit as the new clip.
 */
export function carryClaimsOver(
  data: DeepReadonly<NotebookData>,
  previousClipId: string,
  newClipId: string,
  newText: string,
  now: string,
): Op[] {
  const ops: Op[] = [];
  for (const stored of Object.values(data.claims)) {
    if (stored.clipId !== previousClipId || stored.deletedAt) continue;
    const claim = structuredClone(stored) as Claim;
    let anchor = claim.anchor;
    if (anchor) {
      const found = reanchor(newText, anchor);
      if (found.state !== 'orphaned') {
        anchor = anchorSpan(newText, toUtf16Offset(newText, found.start), toUtf16Offset(newText, found.end));
      }
    }
    ops.push({ type: 'claim.put', claim: { ...claim, clipId: newClipId, anchor, updatedAt: now } });
  }
  return ops;
}
