import path from 'node:path';

/** The folder name of the default notebook inside the OS's app-data location. */
export const DEFAULT_NOTEBOOK_FOLDER = 'Newsroom Notebook';

export interface PlatformInfo {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
}

/**
 * Where the notebook lives when nobody says otherwise, following each OS's convention for app data:
 * %APPDATA% on Windows, ~/Library/Application Support on macOS, $XDG_DATA_HOME or ~/.local/share
 * elsewhere. Pure (platform, environment and home are passed in) so every OS can be tested anywhere.
 */
export function defaultNotebookDir({ platform, env, home }: PlatformInfo): string {
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(env.USERPROFILE || home, 'AppData', 'Roaming');
    return join(appData, DEFAULT_NOTEBOOK_FOLDER);
  }
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', DEFAULT_NOTEBOOK_FOLDER);
  const xdg = env.XDG_DATA_HOME;
  // The XDG spec says a relative $XDG_DATA_HOME is invalid and must be ignored.
  const dataHome = xdg && path.posix.isAbsolute(xdg) ? xdg : join(home, '.local', 'share');
  return join(dataHome, DEFAULT_NOTEBOOK_FOLDER);
}
