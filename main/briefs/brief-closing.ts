import { AppError } from '../../shared/api/result';

/**
 * A background export checks this between its steps: when the notebook is closing (the session
 * aborted the export's signal), it stops there rather than read a store that is about to close.
 */
export function stopIfClosing(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('conflict', 'The notebook was closed before the brief was made. Open it again and export again.');
}
