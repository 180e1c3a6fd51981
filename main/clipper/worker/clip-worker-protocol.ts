import type { ExtractedArticle } from '../clipper-types';
import type { FileDocument } from '../files/file-document';

/**
 * The messages between the main thread and the clip worker. Everything in them is plain data
 * (strings, plain objects, Uint8Array, Map), so structured cloning carries it unchanged.
 */

export type ClipWorkerTask =
  | { kind: 'extractArticle'; html: string; options: { url?: string } }
  | { kind: 'readDocument'; name: string; bytes: Uint8Array }
  | { kind: 'rewriteImages'; html: string; map: ReadonlyMap<string, string | null> };

export type ClipWorkerValue<K extends ClipWorkerTask['kind']> = K extends 'extractArticle'
  ? ExtractedArticle
  : K extends 'readDocument'
    ? FileDocument
    : string;

export interface ClipWorkerRequest {
  id: number;
  task: ClipWorkerTask;
}

/** An error as it crosses: AppError keeps its code; anything else only its message and name. */
export interface ClipWorkerError {
  code?: string;
  name: string;
  message: string;
}

export type ClipWorkerMessage =
  | { type: 'ready' }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; error: ClipWorkerError };
