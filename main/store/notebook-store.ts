import type { NotebookData } from '../../shared/domain/notebook-data';
import type { Op } from '../../shared/domain/ops';

/** Deep read-only view: services read the notebook through this and change it only with `commit`. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

export type BodyKind = 'html' | 'txt';

/**
 * An open notebook. The one place that touches the metadata: services read `data` and change it
 * only through `commit`, which applies the ops in memory at once and resolves when they are durable.
 */
export interface NotebookStore {
  /** The notebook folder. */
  readonly dir: string;
  /** The current state, including every committed op. */
  readonly data: DeepReadonly<NotebookData>;
  /** What happened on open that the reporter should know (a corrupt file restored from backup, say). */
  readonly notices: readonly string[];
  /**
   * Apply ops atomically (all or none survive a crash), in memory synchronously before returning,
   * and resolve once they are durable on disk. Rejects with an AppError('io_error') if the disk write fails.
   */
  commit(ops: Op[]): Promise<void>;
  /** Write a body as clips/<sha256>.<kind>, atomically and durably; returns the SHA-256. Idempotent. */
  putBody(content: string, kind: BodyKind): Promise<string>;
  /** Read a stored body back; AppError('not_found') if missing. */
  readBody(sha256: string, kind: BodyKind): Promise<string>;
  /** Wait for every pending write, compact, and release the lock. */
  close(): Promise<void>;
}
