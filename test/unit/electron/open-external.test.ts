import { beforeEach, describe, expect, it } from 'vitest';
import { dialog, resetFakeElectron, shell } from '../../support/fake-electron';
import { createDispatcher } from '../../../main/api/dispatch';
import { openCheckedExternal } from '../../../main/electron/external-links';
import { createHandlers } from '../../../main/services/handlers';
import { createMemoryStore } from '../../support/memory-store';

/**
 * openExternal as the Electron app wires it (electron-main.ts): the renderer has already asked the
 * reporter, so main does not ask again, but it checks the address itself before the shell sees it.
 */

beforeEach(() => resetFakeElectron());

function electronDispatch() {
  return createDispatcher(createHandlers(createMemoryStore(), undefined, { openExternal: openCheckedExternal }));
}

describe('opening a clip’s link from the reader in Electron', () => {
  it('hands an http(s) or mailto address to the system browser, without a second question', async () => {
    const dispatch = electronDispatch();
    expect(await dispatch('openExternal', { url: 'https://gazette.example/depot?x=1' })).toEqual({ ok: true, value: { opened: true } });
    expect(await dispatch('openExternal', { url: 'mailto:desk@gazette.example' })).toEqual({ ok: true, value: { opened: true } });
    expect(shell.openExternal.mock.calls.map((call) => call[0])).toEqual(['https://gazette.example/depot?x=1', 'mailto:desk@gazette.example']);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('refuses javascript:, file: and other schemes before they reach the shell', async () => {
    const dispatch = electronDispatch();
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(document.cookie)', 'file:///etc/passwd', 'file://server/share/run.exe', 'data:text/html,<script>1</script>', 'smb://server/share', 'ms-settings:']) {
      const result = await dispatch('openExternal', { url });
      expect(result, url).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('checks the address in main too, whatever reaches it', async () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'https://user:secret@evil.example/', 'not a url']) {
      expect(await openCheckedExternal(url), url).toBe(false);
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('answers opened: false where the host cannot open links (browser mode, the CLI)', async () => {
    const dispatch = createDispatcher(createHandlers(createMemoryStore()));
    expect(await dispatch('openExternal', { url: 'https://gazette.example/depot' })).toEqual({ ok: true, value: { opened: false } });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
