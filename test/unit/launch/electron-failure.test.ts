import { describe, expect, it } from 'vitest';
import { describeElectronFailure, explainStderr, missingDisplay, type ElectronFailure } from '../../../main/launch/electron-failure';

describe('why Electron cannot start', () => {
  it('knows when there is no display to open a window on', () => {
    expect(missingDisplay('linux', {})).toBe(true);
    expect(missingDisplay('linux', { DISPLAY: ':0' })).toBe(false);
    expect(missingDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(false);
    expect(missingDisplay('win32', {})).toBe(false);
    expect(missingDisplay('darwin', {})).toBe(false);
  });

  it('names the common causes from what Electron printed', () => {
    expect(explainStderr('[123:ERROR:ozone_platform_x11.cc] Missing X server or $DISPLAY\n')).toBe('it found no display');
    expect(explainStderr('electron: error while loading shared libraries: libnss3.so: cannot open shared object file')).toContain('libnss3.so');
    expect(explainStderr('FATAL:setuid_sandbox_host.cc] The SUID sandbox helper binary was found, but is not configured correctly.')).toContain('chrome-sandbox');
    expect(explainStderr('Running as root without --no-sandbox is not supported.')).toContain('root');
    expect(explainStderr('\nsomething odd happened\n\n')).toBe('something odd happened');
    expect(explainStderr('')).toBeNull();
  });

  it('says it in exactly one line that also says what happens next', () => {
    const failures: ElectronFailure[] = [
      { kind: 'not-installed', detail: 'its binary was never downloaded' },
      { kind: 'not-built', missing: 'dist/main/electron-main.js' },
      { kind: 'no-display' },
      { kind: 'spawn-error', code: 'EACCES', message: 'spawn EACCES' },
      { kind: 'early-exit', code: 1, signal: null, stderr: 'line one\nMissing X server or $DISPLAY\nline three' },
      { kind: 'early-exit', code: null, signal: 'SIGSEGV', stderr: '' },
    ];
    for (const failure of failures) {
      const line = describeElectronFailure(failure);
      expect(line, failure.kind).not.toMatch(/\n/);
      expect(line, failure.kind).toMatch(/in your browser instead\.$/);
    }
    expect(describeElectronFailure(failures[0] as ElectronFailure)).toMatch(/^Electron failed to install correctly/);
    expect(describeElectronFailure(failures[4] as ElectronFailure)).toBe('Electron exited with code 1: it found no display; opening Newsroom Notebook in your browser instead.');
    expect(describeElectronFailure(failures[5] as ElectronFailure)).toMatch(/stopped by SIGSEGV/);
  });
});
