import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * Where the e2e tests find a Chromium, in order: PLAYWRIGHT_CHROMIUM, Playwright's own download,
 * then the system's. Debian's package is as good as Playwright's build for browser mode, and it is
 * the one that can be installed on machines without access to Playwright's download host.
 */
export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags for headless runs in containers and CI: no sandbox (root), no GPU, nothing phoning home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function playwrightOwnChromium(): string | null {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export interface FoundChromium {
  path: string;
  from: 'PLAYWRIGHT_CHROMIUM' | 'playwright' | 'system';
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): FoundChromium | null {
  const fromEnv = env.PLAYWRIGHT_CHROMIUM;
  if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, from: 'PLAYWRIGHT_CHROMIUM' };
  const own = playwrightOwnChromium();
  if (own) return { path: own, from: 'playwright' };
  const system = SYSTEM_CHROMIUM_PATHS.find((p) => existsSync(p));
  return system ? { path: system, from: 'system' } : null;
}
