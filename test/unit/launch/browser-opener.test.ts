import type { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { browserCommand, openInBrowser, shouldOpenBrowser } from '../../../main/launch/browser-opener';

describe('opening the browser-mode address', () => {
  it('opens only when asked, never on CI, and not on Linux without a display', () => {
    expect(shouldOpenBrowser(true, { platform: 'linux', env: { DISPLAY: ':0' } })).toBe(true);
    expect(shouldOpenBrowser(true, { platform: 'darwin', env: {} })).toBe(true);
    expect(shouldOpenBrowser(false, { platform: 'darwin', env: {} })).toBe(false);
    expect(shouldOpenBrowser(true, { platform: 'linux', env: {} })).toBe(false);
    expect(shouldOpenBrowser(true, { platform: 'win32', env: { CI: 'true' } })).toBe(false);
    expect(shouldOpenBrowser(true, { platform: 'linux', env: { CI: '1', DISPLAY: ':0' } })).toBe(false);
    expect(shouldOpenBrowser(true, { platform: 'linux', env: { CI: 'false', DISPLAY: ':0' } })).toBe(true);
  });

  it('uses each system\'s opener', () => {
    const url = 'http://127.0.0.1:5000/?token=abc';
    expect(browserCommand('linux', url)).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserCommand('darwin', url)).toEqual({ command: 'open', args: [url] });
    expect(browserCommand('win32', url)).toEqual({ command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] });
  });

  it('is never fatal: a missing opener or a spawn error is swallowed', () => {
    const throwing = vi.fn(() => {
      throw new Error('spawn xdg-open ENOENT');
    }) as unknown as typeof spawn;
    expect(openInBrowser('http://127.0.0.1:1/', 'linux', throwing)).toBe(false);

    const child = Object.assign(new EventEmitter(), { unref: vi.fn() });
    const failingLater = vi.fn(() => child) as unknown as typeof spawn;
    expect(openInBrowser('http://127.0.0.1:1/', 'linux', failingLater)).toBe(true);
    expect(() => child.emit('error', new Error('ENOENT'))).not.toThrow();
    expect(child.unref).toHaveBeenCalled();
  });
});
