import { beforeEach, describe, expect, it } from 'vitest';
import { BrowserWindow, dialog, resetFakeElectron, session, shell } from '../../support/fake-electron';
import { openExternalSafely, safeExternalUrl } from '../../../main/electron/external-links';
import { installSecurityHooks, installSessionRules } from '../../../main/electron/security';

beforeEach(() => resetFakeElectron());

/** Lets the fire-and-forget confirmation dialog and openExternal run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function hardenedContents() {
  installSecurityHooks();
  const window = new BrowserWindow({});
  window.webContents.url = 'app://notebook/index.html';
  return window.webContents;
}

describe('every web page the app creates', () => {
  it('cannot navigate away from app://notebook; an outside link goes to the browser only after asking', async () => {
    const contents = hardenedContents();
    dialog.nextResponse = 1; // Cancel
    expect(contents.emitPreventable('will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(contents.emitPreventable('will-navigate', 'file:///etc/passwd')).toBe(true);
    await settle();
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(contents.emitPreventable('will-navigate', 'app://notebook/index.html#/clips')).toBe(false);
  });

  it('cannot be redirected off the app, navigate a frame away, or attach a webview', () => {
    const contents = hardenedContents();
    expect(contents.emitPreventable('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.emitPreventable('will-redirect', 'app://notebook/index.html')).toBe(false);
    expect(contents.emitFrameNavigate('https://evil.example/frame', false)).toBe(true);
    expect(contents.emitFrameNavigate('app://notebook/index.html', false)).toBe(false);
    expect(contents.emitPreventable('will-attach-webview', {}, { src: 'https://evil.example' })).toBe(true);
  });

  it('never opens a new window; an http(s) link is offered to the system browser instead', async () => {
    const contents = hardenedContents();
    dialog.nextResponse = 0; // Open
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/story' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://notebook/index.html' })).toEqual({ action: 'deny' });
    await settle();
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/story');
  });

  it('is denied every permission request and check', async () => {
    installSessionRules();
    const target = session.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'openExternal', 'clipboard-read', 'fullscreen', 'unknown']) {
      const granted = await new Promise<boolean>((resolve) => target.permissionRequestHandler?.({}, permission, resolve, {}));
      expect(granted, permission).toBe(false);
      expect(target.permissionCheckHandler?.({}, permission, 'app://notebook', {}), permission).toBe(false);
    }
    expect(target.devicePermissionHandler?.({ deviceType: 'usb', origin: 'app://notebook' })).toBe(false);
  });
});

describe('opening a link outside the app', () => {
  it('refuses javascript:, file:, data:, other schemes and garbage without even asking', async () => {
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>1</script>', 'smb://server/share', 'vbscript:x', 'ms-settings:', 'not a url', '', 'https://user:secret@evil.example/']) {
      expect(await openExternalSafely(url), url).toBe(false);
    }
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('asks before opening an http(s) or mailto address, and opens only on yes', async () => {
    dialog.nextResponse = 1;
    expect(await openExternalSafely('https://example.org/a?b=c')).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
    const question = dialog.showMessageBox.mock.calls[0]?.[0] as { detail: string; buttons: string[]; cancelId: number };
    expect(question.detail).toBe('https://example.org/a?b=c');
    expect(question.buttons[question.cancelId]).toBe('Cancel');

    dialog.nextResponse = 0;
    expect(await openExternalSafely('http://example.org/')).toBe(true);
    expect(await openExternalSafely('mailto:desk@example.org')).toBe(true);
    expect(shell.openExternal.mock.calls.map((call) => call[0])).toEqual(['http://example.org/', 'mailto:desk@example.org']);
  });

  it('hands the system the parsed, normalised address', () => {
    expect(safeExternalUrl(' https://EXAMPLE.org/a b ')?.href).toBe('https://example.org/a%20b');
  });
});
