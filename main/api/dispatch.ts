import { contract, isMethodName, type MethodName, type MethodResult, type ParsedInput } from '../../shared/api/contract';
import { AppError, fail, ok, type ApiResult } from '../../shared/api/result';
import { describeIssues } from './describe-issues';

/** One handler per contract method, receiving input that has already passed the method's schema. */
export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => Promise<MethodResult<M>> | MethodResult<M> };

/**
 * The single entry point every host calls (IPC, HTTP, CLI): look the method up in the contract,
 * validate the raw input with its schema, run the handler, and return `{ok, value}` or
 * `{ok:false, error}`. Nothing from a caller reaches a handler unvalidated, and no exception escapes.
 */
export function createDispatcher(handlers: Handlers, onInternalError: (error: unknown) => void = () => {}) {
  return async function dispatch(method: string, rawInput: unknown): Promise<ApiResult<unknown>> {
    if (!isMethodName(method)) return fail('unknown_method', `There is no action called "${method}".`);
    const parsed = contract[method].input.safeParse(rawInput ?? {}, { reportInput: true });
    if (!parsed.success) return fail('invalid_input', describeIssues(parsed.error.issues));
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message);
      onInternalError(error);
      return fail('internal', 'Something went wrong inside the app and the action did not finish. The details are in the log.');
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
export type { MethodName };
