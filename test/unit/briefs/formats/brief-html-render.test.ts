import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBriefModel } from '../../../../main/briefs/brief-builder';
import { renderBriefHtml } from '../../../../main/briefs/formats/brief-html';
import { CHROMIUM_ARGS, findChromium } from '../../../support/e2e-chromium';
import { createBriefNotebook } from '../../../support/brief-notebook';

const found = findChromium();
/** Screenshots to look at by eye; not asserted pixel by pixel. */
const SHOTS = process.env.BRIEF_SCREENSHOTS ?? '/tmp/brief-screenshots';

/** On CI a Chromium is installed first (.ci/run), so these run there and fail rather than skip when it is missing. */
describe.skipIf(!found && !process.env.CI)('the HTML brief in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!found) throw new Error('No Chromium was found: install one (apt-get install chromium) or set PLAYWRIGHT_CHROMIUM.');
    browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => browser?.close());

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`renders without any request and passes axe with no serious or critical finding (${colorScheme})`, { timeout: 60_000 }, async () => {
      const nb = await createBriefNotebook();
      const model = await buildBriefModel(nb.ctx, { scope: { kind: 'clip', clipId: nb.clip.id }, includeOpen: true });
      const context = await browser.newContext({ colorScheme, viewport: { width: 900, height: 1200 } });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.setContent(renderBriefHtml(model));
      await expect.poll(() => page.locator('article.claim').count()).toBe(5);
      // Styled: the verdict badge has its colour, so the CSS applied.
      const badge = page.locator('.badge.status-false').first();
      expect(await badge.evaluate((el) => getComputedStyle(el).borderRadius)).toBe('999px');
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length}`);
      expect(serious).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/brief-html-${colorScheme}.png`, fullPage: true });
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: `${SHOTS}/brief-html-print-${colorScheme}.png`, fullPage: true });
      expect(requests).toEqual([]);
      await context.close();
    });
  }
});
