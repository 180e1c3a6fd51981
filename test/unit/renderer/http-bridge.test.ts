import { describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api/contract';
import { createHttpBridge, installHttpBridge, SERVER_NOT_ANSWERING } from '../../../renderer/bridge/http-bridge';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('http bridge', () => {
  it('has exactly one function per contract method', () => {
    const bridge = createHttpBridge(vi.fn());
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) expect(typeof bridge[name]).toBe('function');
  });

  it('POSTs the input as JSON to /api/<method> with the same-origin cookie and the X-Requested-By header', async () => {
    const fetchImpl = vi.fn(async () => jsonResponse({ ok: true, value: { items: [], total: 0, offset: 0, limit: 5 } }));
    const bridge = createHttpBridge(fetchImpl);
    const result = await bridge.listClips({ limit: 5 });
    expect(result).toEqual({ ok: true, value: { items: [], total: 0, offset: 0, limit: 5 } });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/listClips');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-Requested-By': 'newsroom-notebook' });
    expect(JSON.parse(init.body as string)).toEqual({ limit: 5 });
  });

  it('passes the server’s refusal through unchanged, so its message reaches the reporter', async () => {
    const refusal = { ok: false, error: { code: 'rule_violation', message: 'Link a supporting source first.' } };
    const bridge = createHttpBridge(async () => jsonResponse(refusal, 422));
    await expect(bridge.setClaimStatus({ id: '01J00000000000000000000000', status: 'verified', rationale: 'x' })).resolves.toEqual(refusal);
  });

  it('turns a network failure into an io_error telling the reporter to check the server', async () => {
    const bridge = createHttpBridge(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(bridge.getNotebookInfo({})).resolves.toEqual({ ok: false, error: { code: 'io_error', message: SERVER_NOT_ANSWERING } });
  });

  it('turns a non-JSON 401 into an unauthorized error that says how to sign in again', async () => {
    const bridge = createHttpBridge(async () => new Response('nope', { status: 401 }));
    const result = await bridge.getNotebookInfo({});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('unauthorized');
      expect(result.error.message).toMatch(/token/);
    }
  });

  it('treats JSON that is not an ApiResult as an unreadable answer, not as success', async () => {
    const bridge = createHttpBridge(async () => jsonResponse({ hello: 'world' }, 500));
    const result = await bridge.listStories({});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).toMatch(/HTTP 500/);
  });

  it('is installed only where no host provided window.notebook already', () => {
    const preloadApi = createHttpBridge(vi.fn());
    const electronWindow = { notebook: preloadApi };
    installHttpBridge(electronWindow, vi.fn());
    expect(electronWindow.notebook).toBe(preloadApi);

    const browserWindow: { notebook?: typeof preloadApi } = {};
    installHttpBridge(browserWindow, vi.fn());
    expect(Object.keys(browserWindow.notebook ?? {})).toHaveLength(METHOD_NAMES.length);
  });
});
