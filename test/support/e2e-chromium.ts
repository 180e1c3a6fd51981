/**
 * Where the tests find a Chromium: the app's own finder (main/briefs/pdf/find-chromium.ts), so the
 * tests and PDF export look in the same places, in the same order.
 */
export { findChromium, SYSTEM_CHROMIUM_PATHS, type FoundChromium } from '../../main/briefs/pdf/find-chromium';

/** Flags for headless runs in containers and CI: no sandbox (root), no GPU, nothing phoning home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
