import { beforeEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api/contract';
import { FakeWebFrameMain, ipcMain, resetFakeElectron } from '../../support/fake-electron';
import { registerIpcHost } from '../../../main/electron/ipc-host';
import { echoDispatch } from '../hosts/http-helpers';

let calls: ReturnType<typeof echoDispatch>['calls'];
let dispose: () => void;
const ourFrame = () => new FakeWebFrameMain('app://notebook/index.html');

beforeEach(() => {
  resetFakeElectron();
  const fake = echoDispatch();
  calls = fake.calls;
  dispose = registerIpcHost(fake.dispatch);
});

describe('the IPC host', () => {
  it('registers exactly one notebook:<method> channel per contract method', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map((name) => `notebook:${name}`).sort());
  });

  it('dispatches a call from our window, validated', async () => {
    expect(await ipcMain.invokeFrom(ourFrame(), 'notebook:listClips', { limit: 2 })).toEqual({ ok: true, value: { method: 'listClips', input: { limit: 2, offset: 0 } } });
    expect(await ipcMain.invokeFrom(ourFrame(), 'notebook:addStory', { title: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await ipcMain.invokeFrom(ourFrame(), 'notebook:addStory', { title: 'x', extra: 'no' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(calls).toHaveLength(1);
  });

  it('refuses a foreign sender: another site, a subframe, another app:// host, file://, or no frame', async () => {
    const senders = [
      new FakeWebFrameMain('https://evil.example/'),
      new FakeWebFrameMain('app://notebook/index.html', ourFrame()),
      new FakeWebFrameMain('https://evil.example/', ourFrame()),
      new FakeWebFrameMain('app://other/index.html'),
      new FakeWebFrameMain('file:///tmp/index.html'),
      new FakeWebFrameMain('about:blank'),
      null,
    ];
    for (const frame of senders) {
      const answer = await ipcMain.invokeFrom(frame, 'notebook:addStory', { title: 'Forged' });
      expect(answer, frame?.url ?? 'no frame').toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(calls).toEqual([]);
  });

  it('removes every channel when disposed', () => {
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
  });
});
