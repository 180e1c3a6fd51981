/**
 * Where the renderer lives inside Electron: app://notebook/. A custom standard, secure scheme gives
 * the page a real origin (so CSP 'self' and same-origin checks mean something), unlike file://.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'notebook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for app://notebook/... addresses; anything that fails to parse is not ours. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
