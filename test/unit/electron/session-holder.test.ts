import { describe, expect, it, vi } from 'vitest';
import { createSessionHolder } from '../../../main/electron/session-holder';
import type { NotebookSession } from '../../../main/hosts/notebook-session';
import { echoDispatch } from '../hosts/http-helpers';

function opener(refuse: string[] = []) {
  const log: string[] = [];
  let releaseClose: () => void = () => {};
  let holdClose = false;
  const open = vi.fn(async (dir: string): Promise<NotebookSession> => {
    if (refuse.includes(dir)) throw new Error(`The notebook is open in another process (pid 7).`);
    log.push(`open ${dir}`);
    return {
      dir,
      notices: [],
      dispatch: echoDispatch().dispatch,
      close: async () => {
        log.push(`closing ${dir}`);
        if (holdClose) await new Promise<void>((resolve) => (releaseClose = resolve));
        log.push(`closed ${dir}`);
      },
    };
  });
  return { open, log, hold: () => (holdClose = true), release: () => releaseClose() };
}

describe('switching notebooks', () => {
  it('closes the open notebook completely before opening the next', async () => {
    const fake = opener();
    const holder = createSessionHolder(fake.open);
    await holder.open('/n/desk');
    fake.hold();
    const switching = holder.switchTo('/n/election');
    // Meanwhile a call is answered "try again", not sent to the closing notebook.
    await vi.waitFor(() => expect(fake.log).toContain('closing /n/desk'));
    expect(await holder.dispatch('listClips', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    fake.release();
    expect(await switching).toEqual({ kind: 'switched', dir: '/n/election' });
    expect(fake.log).toEqual(['open /n/desk', 'closing /n/desk', 'closed /n/desk', 'open /n/election']);
    expect(await holder.dispatch('listClips', {})).toMatchObject({ ok: true });
  });

  it('goes back to the notebook it had when the other cannot be opened', async () => {
    const fake = opener(['/n/locked']);
    const holder = createSessionHolder(fake.open);
    await holder.open('/n/desk');
    expect(await holder.switchTo('/n/locked')).toEqual({ kind: 'failed', message: 'The notebook is open in another process (pid 7).', reopened: true });
    expect(holder.current?.dir).toBe('/n/desk');
  });

  it('does nothing when asked for the notebook already open', async () => {
    const fake = opener();
    const holder = createSessionHolder(fake.open);
    await holder.open('/n/desk');
    expect(await holder.switchTo('/n/desk')).toEqual({ kind: 'same' });
    expect(fake.open).toHaveBeenCalledTimes(1);
  });

  it('closes once, after a switch under way has finished', async () => {
    const fake = opener();
    const holder = createSessionHolder(fake.open);
    await holder.open('/n/desk');
    const switching = holder.switchTo('/n/election');
    await holder.close();
    await holder.close();
    await switching;
    expect(fake.log).toEqual(['open /n/desk', 'closing /n/desk', 'closed /n/desk', 'open /n/election', 'closing /n/election', 'closed /n/election']);
    expect(holder.current).toBeNull();
  });
});
