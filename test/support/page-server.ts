import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny web server on 127.0.0.1 (port 0) that serves canned responses, so clipping tests exercise real
 * HTTP — redirects, stalls, slow and oversized bodies — without ever leaving the machine.
 */

export interface PageRoute {
  /** HTTP status; 200 unless given (302 when `redirect` is set). */
  status?: number;
  headers?: Record<string, string | number | string[]>;
  body?: string | Uint8Array;
  /** Answer with a redirect to this Location (sent as given, so relative locations can be tested). */
  redirect?: string;
  /** 'headers': send the status and headers, then nothing. 'before-headers': accept and never answer. */
  stall?: 'headers' | 'before-headers';
  /** Send the body in chunks of `chunkBytes`, waiting `intervalMs` between them. */
  slow?: { chunkBytes: number; intervalMs: number };
  /** Stream `repeat.bytes` bytes of `repeat.fill` (default 'a') without holding them in memory. */
  repeat?: { bytes: number; fill?: string };
  /** Full control, for anything the fields above cannot say. */
  handler?: (req: IncomingMessage, res: ServerResponse) => void;
}

export interface PageServer {
  origin: string;
  url(path: string): string;
  /** Paths requested so far, in order (a test can assert that no request was made). */
  requests: string[];
  close(): Promise<void>;
}

function serve(route: PageRoute, req: IncomingMessage, res: ServerResponse): void {
  if (route.handler) return route.handler(req, res);
  if (route.stall === 'before-headers') return;
  const headers = { ...(route.headers ?? {}) };
  if (route.redirect !== undefined) {
    res.writeHead(route.status ?? 302, { ...headers, Location: route.redirect });
    res.end();
    return;
  }
  res.writeHead(route.status ?? 200, headers);
  if (route.stall === 'headers') {
    res.flushHeaders();
    return;
  }
  if (route.repeat) {
    const chunk = Buffer.alloc(64 * 1024, route.repeat.fill ?? 'a');
    let left = route.repeat.bytes;
    const pump = (): void => {
      while (left > 0) {
        const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
        left -= piece.length;
        if (!res.write(piece)) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    res.on('close', () => (left = 0));
    pump();
    return;
  }
  const body = typeof route.body === 'string' ? Buffer.from(route.body, 'utf8') : Buffer.from(route.body ?? new Uint8Array());
  if (!route.slow) {
    res.end(body);
    return;
  }
  const { chunkBytes, intervalMs } = route.slow;
  let offset = 0;
  const timer = setInterval(() => {
    if (res.destroyed || offset >= body.length) {
      clearInterval(timer);
      res.end();
      return;
    }
    res.write(body.subarray(offset, offset + chunkBytes));
    offset += chunkBytes;
  }, intervalMs);
  res.on('close', () => clearInterval(timer));
}

export async function startPageServer(routes: Record<string, PageRoute>): Promise<PageServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    serve(route, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path: string) => `${origin}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        // Stalled responses would keep close() waiting forever: cut every open connection.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
