import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../main/clipper/extract/extract-article.js';
import { page, prose } from './page-builder.js';

/** Extraction parses hostile pages: it must never fetch what they reference, or run what they carry. */
describe('extractArticle and the network', () => {
  let server: Server;
  let origin = '';
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end(req.url?.endsWith('.js') ? 'globalThis.__ran = true;' : '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('requests nothing a page references and runs none of its scripts', async () => {
    const head = `<title>T</title><link rel="stylesheet" href="${origin}/style.css"><script src="${origin}/head.js"></script>
      <meta http-equiv="refresh" content="0;url=${origin}/refresh"><link rel="preload" href="${origin}/preload" as="fetch">`;
    const body = `<article>${[1, 2, 3].map((i) => `<p>${prose(`Net ${i}`)}</p>`).join('')}
      <img src="${origin}/image.png"><iframe src="${origin}/frame.html"></iframe><script src="${origin}/body.js"></script>
      <script>globalThis.__ran = true;</script><object data="${origin}/object"></object><video poster="${origin}/poster.jpg"></video></article>`;
    const extracted = extractArticle(page(body, head), { url: `${origin}/story.html` });
    // Give any stray request time to arrive before checking that none did.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests).toEqual([]);
    expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
    // The image is listed for the asset step to fetch later, on purpose, through its own client.
    expect(extracted.imageUrls).toEqual([`${origin}/image.png`]);
  });

  it('control: the server does see requests when jsdom is allowed to load resources', async () => {
    requests.length = 0;
    const dom = new JSDOM(page('<p>x</p>', `<link rel="stylesheet" href="${origin}/control.css">`), {
      url: `${origin}/control.html`, resources: 'usable', virtualConsole: new VirtualConsole(),
    });
    for (let waited = 0; waited < 5000 && !requests.includes('/control.css'); waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    dom.window.close();
    expect(requests).toContain('/control.css');
  });
});
