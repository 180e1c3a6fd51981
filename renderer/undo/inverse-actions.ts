import type { MethodInput, MethodName, MethodResult } from '../../shared/api/contract';
import { STATUS_LABELS, type Status } from '../../shared/domain/status';
import type { UndoEntry } from './undo-stack';

/** Calls one notebook method and returns its value (throws on refusal), as renderer/client/call.ts does. */
export type Caller = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodResult<M>>;

const word = (status: Status) => STATUS_LABELS[status].toLowerCase();

/**
 * The inverse of each change that can be undone, as data the stack runs later. A status change is
 * undone by a new change back (history is append-only, so the undo itself shows in the timeline with
 * an "Undo:" rationale); a link by unlinking; an unlink or delete by restoring the soft-deleted record.
 */
export function undoStatusChange(call: Caller, change: { claimId: string; from: Status; to: Status }): UndoEntry {
  return {
    label: `Marked ${word(change.to)}`,
    undo: () =>
      call('setClaimStatus', {
        id: change.claimId,
        status: change.from,
        rationale: `Undo: back to ${word(change.from)} after marking it ${word(change.to)} by mistake.`,
      }),
  };
}

export function undoLink(call: Caller, link: { evidenceId: string; sourceTitle: string }): UndoEntry {
  return { label: `Linked “${link.sourceTitle}”`, undo: () => call('removeEvidence', { id: link.evidenceId }) };
}

export function undoUnlink(call: Caller, link: { evidenceId: string; sourceTitle: string }): UndoEntry {
  return { label: `Unlinked “${link.sourceTitle}”`, undo: () => call('restoreEvidence', { id: link.evidenceId }) };
}

export function undoDeleteClaim(call: Caller, claimId: string): UndoEntry {
  return { label: 'Moved the claim to the trash', undo: () => call('restoreClaim', { id: claimId }) };
}

export function undoDeleteSource(call: Caller, source: { id: string; title: string }): UndoEntry {
  return { label: `Moved “${source.title}” to the trash`, undo: () => call('restoreSource', { id: source.id }) };
}
