import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { PageRoute } from './page-server';

/** Pages and helpers the clipping e2e tests share: the served news story with its picture, and a stage recorder. */

export const NEWS_PATH = '/news/riverside-park';
export const NEWS_TITLE = 'Riverside park reopens after flood repairs';
export const NEWS_IMAGE_PATH = '/images/riverside-park.png';

const newsHtml = readFileSync('test/fixtures/e2e-pages/news-with-image.html');
const newsImage = readFileSync('test/fixtures/e2e-pages/riverside-park.png');

/**
 * The news story and its picture. `slow` trickles the page out and holds the picture back, so the
 * dialog's fetch and image stages are on screen long enough to be seen (and photographed).
 */
export function newsRoutes(options: { slow?: boolean } = {}): Record<string, PageRoute> {
  const htmlRoute: PageRoute = { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': newsHtml.length }, body: newsHtml };
  const imageRoute: PageRoute = { headers: { 'Content-Type': 'image/png', 'Content-Length': newsImage.length }, body: newsImage };
  if (!options.slow) return { [NEWS_PATH]: htmlRoute, [NEWS_IMAGE_PATH]: imageRoute };
  return {
    [NEWS_PATH]: { ...htmlRoute, slow: { chunkBytes: 256, intervalMs: 120 } },
    [NEWS_IMAGE_PATH]: {
      handler: (_req, res) => {
        const timer = setTimeout(() => {
          res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': newsImage.length });
          res.end(newsImage);
        }, 1500);
        res.on('close', () => clearTimeout(timer));
      },
    },
  };
}

/** Starts recording every label the progress bar shows, so a test can check the stages went by. */
export async function recordProgressLabels(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __clipStages: string[] }).__clipStages = seen;
    const note = () => {
      const label = document.querySelector('.clip-progress-label')?.textContent;
      if (label && seen.at(-1) !== label) seen.push(label);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

export function progressLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __clipStages: string[] }).__clipStages);
}
