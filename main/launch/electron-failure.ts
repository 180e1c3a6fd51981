/**
 * Why Electron cannot start, in one line a reporter understands. Pure: the launcher gathers the
 * facts (binary missing, no display, spawn error, early exit with its stderr), this names them.
 */

export type ElectronFailure =
  | { kind: 'not-installed'; detail: string }
  | { kind: 'not-built'; missing: string }
  | { kind: 'no-display' }
  | { kind: 'spawn-error'; code: string | undefined; message: string }
  | { kind: 'early-exit'; code: number | null; signal: string | null; stderr: string };

const FALLBACK = 'opening Newsroom Notebook in your browser instead.';

/** Is there any display Electron could open a window on? Only Linux/BSD can lack one. */
export function missingDisplay(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): boolean {
  if (platform === 'win32' || platform === 'darwin') return false;
  return !env.DISPLAY && !env.WAYLAND_DISPLAY;
}

/** The most telling line of what Electron printed before it died. */
export function explainStderr(stderr: string): string | null {
  if (/Missing X server or \$DISPLAY|cannot open display/i.test(stderr)) return 'it found no display';
  const lib = /error while loading shared libraries: ([^\s:]+)/.exec(stderr);
  if (lib) return `a system library it needs is missing (${lib[1]})`;
  if (/SUID sandbox helper binary/i.test(stderr)) return "Chromium's sandbox helper (chrome-sandbox) is not set up: it must be owned by root with mode 4755";
  if (/Running as root without --no-sandbox/i.test(stderr)) return 'it refuses to run as root without --no-sandbox';
  if (/Electron failed to install correctly/i.test(stderr)) return 'Electron failed to install correctly';
  const lines = stderr.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  const last = lines[lines.length - 1];
  if (!last) return null;
  return last.length > 160 ? `${last.slice(0, 157)}...` : last;
}

export function describeElectronFailure(failure: ElectronFailure): string {
  switch (failure.kind) {
    case 'not-installed':
      return `Electron failed to install correctly (${failure.detail}); ${FALLBACK}`;
    case 'not-built':
      return `The desktop app is not built (${failure.missing} is missing; run npm run build); ${FALLBACK}`;
    case 'no-display':
      return `No display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set); ${FALLBACK}`;
    case 'spawn-error':
      return `Electron could not be started (${failure.code ?? failure.message}); ${FALLBACK}`;
    case 'early-exit': {
      const how = failure.signal ? `was stopped by ${failure.signal}` : `exited with code ${failure.code ?? 'unknown'}`;
      const why = explainStderr(failure.stderr);
      return `Electron ${how}${why ? `: ${why}` : ''}; ${FALLBACK}`;
    }
  }
}
