import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * Where a Chromium for printing PDFs is found, in the order the tests look
 * (test/support/e2e-chromium.ts): PLAYWRIGHT_CHROMIUM, Playwright's own download, then the
 * system's. Debian's package prints as well as Playwright's build.
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

export function findPdfChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string | null {
  const fromEnv = env.PLAYWRIGHT_CHROMIUM;
  if (fromEnv && exists(fromEnv)) return fromEnv;
  const own = playwrightOwnChromium();
  if (own) return own;
  return SYSTEM_CHROMIUM_PATHS.find((path) => exists(path)) ?? null;
}
