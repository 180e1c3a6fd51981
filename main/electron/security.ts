import { app, BrowserWindow, session, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-url';
import { openExternalSafely } from './external-links';

/**
 * One place where every web page Electron creates is locked down, the moment it is created:
 * it cannot navigate away from app://notebook, cannot be redirected, cannot open windows,
 * cannot attach a <webview>, and gets no permission (camera, location, notifications...).
 * Links the reporter clicks go to their own browser, after a confirmation (external-links.ts).
 */

/** Permissions the notebook grants. Empty on purpose: nothing it does needs one; add with a reason. */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set();

/** Denies every permission request and check that is not explicitly granted above. */
export function denyPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, permission, callback) => callback(GRANTED_PERMISSIONS.has(permission)));
  target.setPermissionCheckHandler((_contents, permission) => GRANTED_PERMISSIONS.has(permission));
  // USB, serial and HID devices: never.
  target.setDevicePermissionHandler(() => false);
}

/** Applies the navigation, window and webview rules to one page. */
export function hardenWebContents(contents: WebContents): void {
  const openOutside = (url: string) => {
    void openExternalSafely(url, BrowserWindow.fromWebContents(contents)).catch(() => false);
  };
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openOutside(url);
  });
  // A frame inside the page (there should be none: the CSP allows only our own) may not leave the app either.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/** Call once at startup, before any window exists. */
export function installSecurityHooks(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

/** Call once the app is ready (the default session exists only then). */
export function installSessionRules(): void {
  denyPermissions(session.defaultSession);
}
