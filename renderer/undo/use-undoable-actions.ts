import type { Claim, Source } from '../../shared/domain/entities';
import type { Stance } from '../../shared/domain/entities';
import type { Status } from '../../shared/domain/status';
import { useNotebookMutation } from '../client/queries';
import { undoDeleteClaim, undoDeleteSource, undoLink, undoStatusChange, undoUnlink } from './inverse-actions';
import { useUndo } from './undo-context';

/**
 * The changes Ctrl/Cmd+Z can take back, each as a hook that makes the change and records its inverse.
 * Every view calls these, so a status change on the board and one in the claim detail undo alike.
 * Each returns a promise that rejects with the notebook's own message, for the caller to show.
 */
export function useChangeStatus() {
  const mutation = useNotebookMutation('setClaimStatus');
  const undo = useUndo();
  const change = async (claim: Pick<Claim, 'id' | 'status'>, to: Status, rationale?: string) => {
    const trimmed = rationale?.trim();
    const updated = await mutation.mutateAsync({ id: claim.id, status: to, ...(trimmed ? { rationale: trimmed } : {}) });
    undo.record(undoStatusChange(undo.call, { claimId: claim.id, from: claim.status, to: updated.status }));
    return updated;
  };
  return { change, isPending: mutation.isPending };
}

export interface LinkInput {
  claimId: string;
  source: Pick<Source, 'id' | 'title'>;
  stance: Stance;
  quote?: string | undefined;
  locator?: string | undefined;
  note?: string | undefined;
}

export function useLinkSource() {
  const mutation = useNotebookMutation('addEvidence');
  const undo = useUndo();
  const link = async ({ claimId, source, stance, quote, locator, note }: LinkInput) => {
    const evidence = await mutation.mutateAsync({
      claimId,
      sourceId: source.id,
      stance,
      ...(quote?.trim() ? { quote: quote.trim() } : {}),
      ...(locator?.trim() ? { locator: locator.trim() } : {}),
      ...(note?.trim() ? { note: note.trim() } : {}),
    });
    undo.record(undoLink(undo.call, { evidenceId: evidence.id, sourceTitle: source.title }));
    return evidence;
  };
  return { link, isPending: mutation.isPending };
}

export function useUnlinkSource() {
  const mutation = useNotebookMutation('removeEvidence');
  const undo = useUndo();
  const unlink = async (evidenceId: string, sourceTitle: string) => {
    await mutation.mutateAsync({ id: evidenceId });
    undo.record(undoUnlink(undo.call, { evidenceId, sourceTitle }));
  };
  return { unlink, isPending: mutation.isPending };
}

export function useDeleteClaim() {
  const mutation = useNotebookMutation('deleteClaim');
  const undo = useUndo();
  const remove = async (claimId: string) => {
    await mutation.mutateAsync({ id: claimId });
    undo.record(undoDeleteClaim(undo.call, claimId));
  };
  return { remove, isPending: mutation.isPending };
}

export function useDeleteSource() {
  const mutation = useNotebookMutation('deleteSource');
  const undo = useUndo();
  /** Rejects with code "conflict" when evidence uses the source and `force` was not given: ask, then resend. */
  const remove = async (source: Pick<Source, 'id' | 'title'>, force = false) => {
    await mutation.mutateAsync({ id: source.id, force });
    undo.record(undoDeleteSource(undo.call, source));
  };
  return { remove, isPending: mutation.isPending };
}
