import { describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api/contract';

/**
 * Runs the preload afresh, as a new window would, and returns what it exposed to the page along with
 * the (fresh) fake electron module it ran against.
 */
async function loadPreload() {
  vi.resetModules();
  const fake = await import('../../support/fake-electron');
  fake.resetFakeElectron();
  await import('../../../main/electron/preload');
  const api = fake.contextBridge.exposed.get('notebook') as Record<string, (input?: unknown) => Promise<unknown>>;
  return { api, fake };
}

describe('the preload', () => {
  it('exposes only window.notebook, with exactly the contract\'s methods', async () => {
    const { api, fake } = await loadPreload();
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...fake.contextBridge.exposed.keys()]).toEqual(['notebook']);
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('never hands the page ipcRenderer or a way to reach other channels', async () => {
    const { api, fake } = await loadPreload();
    for (const value of Object.values(api)) expect(value).not.toBe(fake.ipcRenderer);
    for (const key of ['invoke', 'send', 'on', 'sendSync', 'ipcRenderer', 'require', 'process']) expect(api).not.toHaveProperty(key);
  });

  it('sends each call on its own channel and returns main\'s answer', async () => {
    const { api, fake } = await loadPreload();
    fake.ipcRenderer.invoke.mockImplementation(async (channel: string) => ({ ok: true, value: channel }));
    expect(await api.addStory?.({ title: 'Budget' })).toEqual({ ok: true, value: 'notebook:addStory' });
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('notebook:addStory', { title: 'Budget' });
    await api.listClips?.();
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith('notebook:listClips', {});
  });

  it('turns a failed IPC call into an error the page can show', async () => {
    const { api, fake } = await loadPreload();
    fake.ipcRenderer.invoke.mockImplementation(async () => {
      throw new Error("No handler registered for 'notebook:getSettings'");
    });
    expect(await api.getSettings?.({})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
