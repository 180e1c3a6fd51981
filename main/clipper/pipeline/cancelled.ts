import { ClipCancelledError } from '../fetch/fetch-errors';

/**
 * Between stages the pipeline checks whether the reporter cancelled, so a cancelled clip stops at the
 * next boundary and never reaches the save, whatever a stage does with the signal. The error is the
 * fetch stage's own, so a cancel reads the same wherever it lands.
 */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ClipCancelledError();
}
