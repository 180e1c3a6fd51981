import { spawn as nodeSpawn } from 'node:child_process';
import { missingDisplay } from './electron-failure';

/**
 * Opens the browser-mode address in the reporter's own browser, where a desktop exists. Never fatal:
 * the address is printed anyway, and a failed open only means they click it themselves.
 */

export interface OpenerContext {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
}

export function isCi(env: OpenerContext['env']): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

/** Open only when asked, not on CI, and not on a Linux machine without a display. */
export function shouldOpenBrowser(open: boolean, context: OpenerContext): boolean {
  return open && !isCi(context.env) && !missingDisplay(context.platform, context.env);
}

/** The system's "open this address" command. */
export function browserCommand(platform: NodeJS.Platform, url: string): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // rundll32 takes the URL as one argument, with none of `start`'s quoting pitfalls.
  if (platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] };
  return { command: 'xdg-open', args: [url] };
}

/** Fire and forget; returns false if the command could not even be spawned. */
export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform, spawn: typeof nodeSpawn = nodeSpawn): boolean {
  const { command, args } = browserCommand(platform, url);
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}
