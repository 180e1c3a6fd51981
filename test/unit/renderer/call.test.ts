import { afterEach, describe, expect, it } from 'vitest';
import { ApiCallError, call, errorMessage, unwrap } from '../../../renderer/client/call';
import { createHttpBridge } from '../../../renderer/bridge/http-bridge';

const g = globalThis as { window?: { notebook?: unknown } };

afterEach(() => {
  delete g.window;
});

describe('call', () => {
  it('returns the value of a successful call', async () => {
    g.window = { notebook: createHttpBridge(async () => Response.json({ ok: true, value: { items: [], total: 3, offset: 0, limit: 100 } })) };
    await expect(call('listStories', {})).resolves.toMatchObject({ total: 3 });
  });

  it('throws an ApiCallError carrying the code and the server’s message', async () => {
    g.window = {
      notebook: createHttpBridge(async () => Response.json({ ok: false, error: { code: 'not_found', message: 'There is no clip with that ID.' } })),
    };
    const error = await call('getClip', { id: '01J00000000000000000000000' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect(error).toMatchObject({ code: 'not_found', method: 'getClip', message: 'There is no clip with that ID.' });
    expect(errorMessage(error)).toBe('There is no clip with that ID.');
  });

  it('explains itself when the app has no connection to the notebook at all', async () => {
    await expect(call('getNotebookInfo', {})).rejects.toMatchObject({ code: 'internal' });
  });
});

describe('unwrap and errorMessage', () => {
  it('unwraps values and rethrows failures', () => {
    expect(unwrap('getSettings', { ok: true, value: { reporterName: 'A' } })).toEqual({ reporterName: 'A' });
    expect(() => unwrap('getSettings', { ok: false, error: { code: 'io_error', message: 'Disk full.' } })).toThrow('Disk full.');
  });

  it('words unexpected errors for a reporter', () => {
    expect(errorMessage(new Error('boom'))).toBe('Something went wrong: boom');
    expect(errorMessage('???')).toBe('Something went wrong. Try again.');
  });
});
