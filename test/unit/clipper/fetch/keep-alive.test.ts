import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../../../main/clipper/fetch/fetch-page';

/**
 * A server that drops every kept-alive connection on its second request, before answering: what a
 * site does when it closes an idle connection just as the clipper reuses it after a long extraction.
 */
let server: Server;
let origin = '';
const requestsPerSocket = new Map<Socket, number>();
let dropped = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const count = (requestsPerSocket.get(req.socket) ?? 0) + 1;
    requestsPerSocket.set(req.socket, count);
    if (count > 1) {
      dropped++;
      req.socket.destroy();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', Connection: 'keep-alive' });
    res.end(`<html><body><p>Page ${req.url}</p></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('a kept-alive connection closed by the site', () => {
  it('is retried once on a fresh connection instead of failing the clip', async () => {
    const first = await fetchPage(`${origin}/one`);
    expect(first.text).toContain('Page /one');
    const second = await fetchPage(`${origin}/two`);
    expect(second.text).toContain('Page /two');
    // The second fetch really did meet a dropped connection, and got through on a new one.
    expect(dropped).toBeGreaterThanOrEqual(1);
  });
});
