import { request } from 'node:http';
import { METHOD_NAMES } from '../../../shared/api/contract';
import { createDispatcher, type Handlers } from '../../../main/api/dispatch';

/** A dispatcher over fake handlers that echo what reached them, so tests see exactly what the host dispatched. */
export function echoDispatch() {
  const calls: { method: string; input: unknown }[] = [];
  const handlers = Object.fromEntries(
    METHOD_NAMES.map((name) => [name, (input: unknown) => { calls.push({ method: name, input }); return { method: name, input }; }]),
  ) as unknown as Handlers;
  return { dispatch: createDispatcher(handlers), calls };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request sent exactly as written (no path normalisation, any Host header), unlike fetch. */
export function rawRequest(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
