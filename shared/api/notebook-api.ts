import type { MethodInput, MethodName, MethodResult } from './contract';
import type { ApiResult } from './result';

/**
 * The `window.notebook` surface the renderer sees, derived from the contract: one async function per
 * method. The Electron preload and the browser-mode HTTP bridge both build exactly this.
 */
export type NotebookApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<ApiResult<MethodResult<M>>>;
};
