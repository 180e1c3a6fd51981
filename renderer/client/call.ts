import type { MethodInput, MethodName, MethodResult } from '../../shared/api/contract';
import type { NotebookApi } from '../../shared/api/notebook-api';
import type { ApiResult, ErrorCode } from '../../shared/api/result';

/**
 * The one place results are unwrapped: components and queries get a value or an ApiCallError, so
 * nobody forgets to check `ok`, and the server's message reaches the reporter unchanged.
 */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly method: MethodName;
  constructor(method: MethodName, code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiCallError';
    this.code = code;
    this.method = method;
  }
}

/** Returns the value of an ApiResult or throws an ApiCallError carrying its code and message. */
export function unwrap<T>(method: MethodName, result: ApiResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiCallError(method, result.error.code, result.error.message);
}

function api(): NotebookApi {
  const notebook = (globalThis as { window?: { notebook?: NotebookApi } }).window?.notebook;
  if (!notebook) {
    throw new ApiCallError('getNotebookInfo', 'internal', 'The app started without its connection to the notebook. Restart it.');
  }
  return notebook;
}

/** Calls a notebook method through `window.notebook` and unwraps the result. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const fn = api()[method] as (i: MethodInput<M>) => Promise<ApiResult<MethodResult<M>>>;
  return unwrap(method, await fn(input));
}

/** A message fit to show a reporter, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  if (error instanceof Error && error.message) return `Something went wrong: ${error.message}`;
  return 'Something went wrong. Try again.';
}
