import { contextBridge, ipcRenderer } from 'electron';
import type { MethodInput, MethodResult } from '../../shared/api/contract';
import { METHOD_NAMES, type MethodName } from '../../shared/api/method-names';
import type { NotebookApi } from '../../shared/api/notebook-api';
import { fail, type ApiResult } from '../../shared/api/result';

/**
 * The preload: gives the page `window.notebook`, exactly the contract's methods and nothing more.
 * Each method is one `ipcRenderer.invoke('notebook:<name>', input)`; ipcRenderer itself, events and
 * any other channel stay out of the page's reach. `satisfies` makes a method whose shape drifts
 * from NotebookApi a compile error.
 */

function call<M extends MethodName>(name: M) {
  return async (input: MethodInput<M>): Promise<ApiResult<MethodResult<M>>> => {
    try {
      return (await ipcRenderer.invoke(`notebook:${name}`, input ?? {})) as ApiResult<MethodResult<M>>;
    } catch {
      return fail('internal', 'The notebook did not answer. Close the window and open the app again.');
    }
  };
}

/** What the preload builds: for each method, exactly what `call` returns for it. */
type PreloadApi = { readonly [M in MethodName]: ReturnType<typeof call<M>> };

/** Builds the object the page sees: one entry per contract method, frozen. */
export function buildNotebookApi() {
  const api = Object.freeze(Object.fromEntries(METHOD_NAMES.map((name) => [name, call(name)]))) as PreloadApi;
  return api satisfies NotebookApi;
}

contextBridge.exposeInMainWorld('notebook', buildNotebookApi());
