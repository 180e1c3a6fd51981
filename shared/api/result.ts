/**
 * What crosses every boundary (IPC, HTTP, CLI --json): a value, or an error with a stable code for
 * programs and a message a reporter can act on.
 */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'rule_violation',
  'notebook_locked',
  'notebook_corrupt',
  'notebook_too_new',
  'unauthorized',
  'forbidden',
  'payload_too_large',
  'unknown_method',
  'io_error',
  /** A part of the app that is not ready yet (still indexing, say), or not available in this host. */
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside services; the dispatcher turns it into `{ok:false, error}`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}

export function ok<T>(value: T): ApiResult<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message } };
}
