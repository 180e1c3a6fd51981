import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * Where a Chromium is found, for printing PDFs and for the tests: PLAYWRIGHT_CHROMIUM, Playwright's
 * own download, then the system's. Debian's package prints (and runs browser mode) as well as
 * Playwright's build, and it can be installed where Playwright's download host cannot be reached.
 */
export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
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

/** The one Chromium finder: PDF export uses it, and so do the tests (test/support/e2e-chromium.ts). */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): FoundChromium | null {
  const fromEnv = env.PLAYWRIGHT_CHROMIUM;
  if (fromEnv && exists(fromEnv)) return { path: fromEnv, from: 'PLAYWRIGHT_CHROMIUM' };
  const own = playwrightOwnChromium();
  if (own) return { path: own, from: 'playwright' };
  const system = SYSTEM_CHROMIUM_PATHS.find((path) => exists(path));
  return system ? { path: system, from: 'system' } : null;
}

export function findPdfChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string | null {
  return findChromium(env, exists)?.path ?? null;
}
