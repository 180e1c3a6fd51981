import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES } from '../../shared/api/method-names';
import { fail } from '../../shared/api/result';
import type { Dispatch } from '../api/dispatch';
import { isAppUrl } from './app-url';

/**
 * The Electron IPC host: one `notebook:<method>` channel per contract method, nothing else. Every
 * call is checked to come from our own page (the top frame on app://notebook), never from a
 * subframe or a page that somehow got loaded elsewhere; the dispatcher then validates the input.
 */

export const IPC_PREFIX = 'notebook:';

/** The sender must be a top-level frame showing app://notebook/... */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/** Registers every channel; returns a function that removes them (for switching notebooks). */
export function registerIpcHost(dispatch: Dispatch): () => void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(`${IPC_PREFIX}${name}`, (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        return fail('forbidden', 'This request did not come from the notebook window, so it was refused.');
      }
      return dispatch(name, input);
    });
  }
  return () => {
    for (const name of METHOD_NAMES) ipcMain.removeHandler(`${IPC_PREFIX}${name}`);
  };
}
