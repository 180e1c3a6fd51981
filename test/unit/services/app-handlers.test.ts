import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../main/api/dispatch';
import { createAppCommandQueue } from '../../../main/electron/app-command-queue';
import { createAppHandlers, type AppHost } from '../../../main/services/app-handlers';
import { createHandlers } from '../../../main/services/handlers';
import { createMemoryStore } from '../../support/memory-store';

function dispatchWith(host?: AppHost) {
  const store = createMemoryStore();
  return createDispatcher({ ...createHandlers(store), ...(host ? createAppHandlers({ store, now: () => '2026-01-01T00:00:00.000Z' }, host) : {}) });
}

describe('the desktop app section of the API', () => {
  it('in browser mode tells the page at once that no commands will come', async () => {
    const dispatch = dispatchWith();
    expect(await dispatch('nextAppCommands', { after: 3 })).toEqual({ ok: true, value: { commands: [], seq: 3, live: false } });
    expect(await dispatch('reportRendererError', { source: 'error', message: 'x is undefined' })).toEqual({ ok: true, value: { logged: false } });
  });

  it('in the desktop app hands the page its commands and logs what it reports', async () => {
    const queue = createAppCommandQueue();
    const logRendererError = vi.fn();
    const dispatch = dispatchWith({ nextCommands: queue.next, logRendererError });
    const waiting = dispatch('nextAppCommands', {});
    queue.push({ kind: 'export-brief' });
    expect(await waiting).toEqual({ ok: true, value: { commands: [{ kind: 'export-brief' }], seq: 1, live: true } });
    expect(await dispatch('reportRendererError', { source: 'render', message: 'Cannot read properties of undefined', area: 'the reader', stack: 'at Reader' })).toEqual({ ok: true, value: { logged: true } });
    expect(logRendererError).toHaveBeenCalledWith({ source: 'render', message: 'Cannot read properties of undefined', area: 'the reader', stack: 'at Reader' });
  });
});
