import { beforeEach, describe, expect, it } from 'vitest';
import { BrowserWindow, resetFakeElectron } from '../../support/fake-electron';
import { createMainWindow } from '../../../main/electron/window';

beforeEach(() => resetFakeElectron());

describe('the notebook window', () => {
  it('is isolated, sandboxed, without Node, with web security on, and uses our preload', () => {
    createMainWindow('/app/dist/main/preload.cjs');
    const window = BrowserWindow.instances[0];
    const prefs = window?.options.webPreferences ?? {};
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.webSecurity).not.toBe(false);
    expect(prefs.allowRunningInsecureContent).not.toBe(true);
    expect(prefs.preload).toBe('/app/dist/main/preload.cjs');
    // Stated outright, not left to defaults; and no experimental or Blink features switched on.
    for (const key of ['contextIsolation', 'sandbox', 'nodeIntegration', 'webSecurity', 'allowRunningInsecureContent', 'experimentalFeatures']) expect(prefs, key).toHaveProperty(key);
    expect(prefs.experimentalFeatures).toBe(false);
    for (const key of ['enableBlinkFeatures', 'additionalArguments', 'blinkFeatures']) expect(prefs, key).not.toHaveProperty(key);
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });

  it('opens where it was left, maximised again if it was', () => {
    const window = createMainWindow('/p.cjs', { bounds: { x: 40, y: 30, width: 1100, height: 700 }, maximized: true }) as unknown as BrowserWindow;
    expect(window.options).toMatchObject({ x: 40, y: 30, width: 1100, height: 700, minWidth: 720 });
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalled();
    expect(window.visible).toBe(true);
  });

  it('loads the app from app://notebook, not file://, and shows only once painted', () => {
    const window = createMainWindow('/p.cjs') as unknown as BrowserWindow;
    expect(window.loadURL).toHaveBeenCalledWith('app://notebook/index.html');
    expect(window.options.show).toBe(false);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });
});
