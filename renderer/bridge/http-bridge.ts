import { METHOD_NAMES, type MethodName } from '../../shared/api/method-names';
import type { NotebookApi } from '../../shared/api/notebook-api';
import type { ApiResult, ErrorCode } from '../../shared/api/result';

/**
 * Browser mode's `window.notebook`: the same typed surface the Electron preload exposes, built from
 * the contract's method names and carried over HTTP to the local server. The page is authenticated by
 * an HttpOnly cookie the server set when the page was first opened with its token, so no secret lives
 * in script; the custom header makes every call a non-simple request that other origins cannot forge.
 */

export const REQUESTED_BY_HEADER = 'X-Requested-By';
export const REQUESTED_BY_VALUE = 'newsroom-notebook';

export const SERVER_NOT_ANSWERING = 'The notebook server is not answering. Is `npm start` still running?';

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

function failure(code: ErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'value' in value;
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error.message === 'string';
}

/** What to tell the reporter when the server answered with something that is not an ApiResult. */
function describeHttpFailure(status: number): ApiResult<never> {
  if (status === 401 || status === 403) {
    return failure(
      'unauthorized',
      'This page is not signed in to the notebook. Open the address that `npm start` printed (it carries the token) and try again.',
    );
  }
  if (status === 413) return failure('payload_too_large', 'That is too large to send to the notebook in one go. Try a shorter text.');
  return failure('internal', `The notebook server sent an answer the app cannot read (HTTP ${status}). Try again; if it persists, restart \`npm start\`.`);
}

/** Sends one call and always resolves to an ApiResult: network and protocol failures become errors a reporter can act on. */
export async function postCall(fetchImpl: FetchLike, method: MethodName, input: unknown): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetchImpl(`/api/${method}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', [REQUESTED_BY_HEADER]: REQUESTED_BY_VALUE },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return failure('io_error', SERVER_NOT_ANSWERING);
  }
  let parsed: unknown;
  try {
    parsed = await response.json();
  } catch {
    return describeHttpFailure(response.status);
  }
  return isApiResult(parsed) ? parsed : describeHttpFailure(response.status);
}

/** Builds the bridge: exactly one function per contract method, nothing more. */
export function createHttpBridge(fetchImpl: FetchLike): NotebookApi {
  const entries = METHOD_NAMES.map((name) => [name, (input: unknown) => postCall(fetchImpl, name, input)] as const);
  return Object.freeze(Object.fromEntries(entries)) as unknown as NotebookApi;
}

/** Installs the bridge when no host put `window.notebook` there first (the Electron preload does). */
export function installHttpBridge(target: { notebook?: NotebookApi }, fetchImpl: FetchLike): void {
  if (target.notebook) return;
  target.notebook = createHttpBridge(fetchImpl);
}
