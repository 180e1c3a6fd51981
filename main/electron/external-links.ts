import { BrowserWindow, dialog, shell } from 'electron';

/**
 * The only way out of the app to the rest of the world: a link opened in the reporter's own browser
 * (or mail program), after they say yes. Clipped articles are untrusted; a link in one must never
 * launch a file, a program or a script, so only parsed http(s) and mailto addresses qualify.
 */

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The parsed URL when it is safe to hand to the system, otherwise null. */
export function safeExternalUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && (url.hostname === '' || url.username !== '' || url.password !== '')) return null;
  return url;
}

/**
 * Opens an address the reporter already agreed to open (the renderer asked, in its own dialog, before
 * calling openExternal). The check on the address is made here all the same: the page is not trusted
 * to have made it. Resolves true only when the address was handed to the system.
 */
export async function openCheckedExternal(raw: string): Promise<boolean> {
  const url = safeExternalUrl(raw);
  if (!url) return false;
  await shell.openExternal(url.href);
  return true;
}

/**
 * Asks, then opens. Resolves true only when the address was handed to the system.
 * `parent` is the window the question belongs to, when there is one.
 */
export async function openExternalSafely(raw: string, parent?: BrowserWindow | null): Promise<boolean> {
  const url = safeExternalUrl(raw);
  if (!url) return false;
  const options = {
    type: 'question' as const,
    buttons: ['Open', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    message: url.protocol === 'mailto:' ? 'Write this email in your mail program?' : 'Open this address in your web browser?',
    detail: url.href,
  };
  const answer = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (answer.response !== 0) return false;
  return openCheckedExternal(url.href);
}
