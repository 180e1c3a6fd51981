import { AppError, type ErrorCode } from '../../shared/api/result';

/**
 * Exit codes are part of the CLI's contract with scripts:
 * 0 success; 1 the user asked for something wrong (bad arguments, invalid input, not found, a rule);
 * 2 the notebook itself cannot be used right now (locked, corrupt, from a newer app, disk failing).
 */
export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_NOTEBOOK_UNUSABLE = 2;

const NOTEBOOK_UNUSABLE: readonly ErrorCode[] = ['notebook_locked', 'notebook_corrupt', 'notebook_too_new', 'io_error'];

export function exitCodeFor(code: ErrorCode): number {
  return NOTEBOOK_UNUSABLE.includes(code) ? EXIT_NOTEBOOK_UNUSABLE : EXIT_USER_ERROR;
}

/** A failure the runner prints as `{ok:false, error}` and turns into an exit code: the API's own error, raised by the CLI. */
export class CliError extends AppError {
  override readonly name = 'CliError';
}

/** A mistake in how the command was typed: always a user error. */
export function usageError(message: string): CliError {
  return new CliError('invalid_input', message);
}
