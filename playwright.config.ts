import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './test/support/e2e-chromium';

/**
 * End-to-end tests run the real app in browser mode (the same UI and services as Electron) in
 * Chromium. Each test starts its own server on a fresh notebook (test/support/e2e-fixtures.ts).
 * test/e2e/electron/ drives the desktop app with Playwright's Electron driver in its own project: it
 * runs where an Electron binary exists and is reported as skipped, with the reason, where none does.
 */
const chromium = findChromium();

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  use: {
    viewport: { width: 1400, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: ['electron/**'],
      use: {
        browserName: 'chromium',
        launchOptions: { args: CHROMIUM_ARGS, ...(chromium ? { executablePath: chromium.path } : {}) },
      },
    },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
});
