import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startAppServer, type AppServer } from './e2e-server';

/**
 * The e2e test fixture: every test gets its own server on its own fresh temporary notebook, so
 * tests never see each other's clips and can run in any order.
 */
export const test = base.extend<{ app: AppServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured first argument.
  app: async ({}, use) => {
    const server = await startAppServer();
    try {
      await use(server);
    } finally {
      await server.dispose();
    }
  },
});

export { expect };

export const SCREENSHOT_DIR = join('test-results', 'screenshots');

/** Saves a full-window screenshot where a person can look at it: test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Runs axe on the page and returns the violations a reporter using assistive technology would hit hardest. */
export async function seriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** Opens the app and waits for the desk to be ready. */
export async function openDesk(page: Page, app: AppServer): Promise<void> {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Newsroom Notebook', level: 1 })).toBeVisible();
}

/** Adds the sample article through the empty state, as a reporter would, and waits for the reader to show it. */
export async function addSampleArticle(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add the sample article' }).click();
  await expect(page.getByRole('main').getByRole('heading', { name: 'US to give Ukraine anti-personnel land mines' })).toBeVisible();
}

/** Calls the notebook API from inside the page, the same way the app does, for test setup the UI does not offer yet. */
export async function callApi<T = unknown>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([m, i]) => {
      const api = (window as unknown as { notebook: unknown }).notebook as Record<string, (x: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>>;
      return api[m as string]!(i);
    },
    [method, input] as const,
  );
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}
