import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NotebookSession } from '../../../main/hosts/notebook-session';
import { findRendererDir, startBrowserMode } from '../../../main/launch/browser-mode';
import { echoDispatch } from '../hosts/http-helpers';

let root: string;
let staticDir: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'nn-browser-'));
  staticDir = path.join(root, 'renderer');
  await mkdir(staticDir);
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Newsroom Notebook</title>');
});
afterEach(() => rm(root, { recursive: true, force: true }));

function fakeOpen(notices: string[] = []) {
  const close = vi.fn(async () => {});
  const session: NotebookSession = { dir: '/nb', dispatch: echoDispatch().dispatch, notices, close };
  return { close, openSession: vi.fn(async () => session) };
}

const quiet = { platform: 'linux' as const, env: { DISPLAY: ':0' } };

describe('browser mode', () => {
  it('prints exactly the running line with the tokened address, which works', async () => {
    const fake = fakeOpen();
    const lines: string[] = [];
    const mode = await startBrowserMode({ notebookDir: '/nb', open: false, log: (l) => lines.push(l), openSession: fake.openSession, staticDir, ...quiet });
    expect(fake.openSession).toHaveBeenCalledWith('/nb');
    expect(lines).toEqual([`Newsroom Notebook is running at ${mode.url}`]);
    expect(mode.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    const token = new URL(mode.url).searchParams.get('token') ?? '';
    const answer = await fetch(new URL('/api/listStories', mode.url), { method: 'POST', headers: { 'X-Notebook-Token': token }, body: '{}' });
    expect(await answer.json()).toMatchObject({ ok: true, value: { method: 'listStories' } });
    const first = await fetch(mode.url, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    await mode.close();
  });

  it('tells the reporter what happened on open, before the address', async () => {
    const lines: string[] = [];
    const mode = await startBrowserMode({ notebookDir: '/nb', open: false, log: (l) => lines.push(l), openSession: fakeOpen(['notebook.json was damaged; restored the backup from 09:12.']).openSession, staticDir, ...quiet });
    expect(lines[0]).toMatch(/restored the backup/);
    expect(lines[1]).toMatch(/^Newsroom Notebook is running at /);
    await mode.close();
  });

  it('opens the system browser only where it should', async () => {
    const openBrowser = vi.fn();
    const run = async (open: boolean, env: Record<string, string>) => {
      const mode = await startBrowserMode({ notebookDir: '/nb', open, log: () => {}, openSession: fakeOpen().openSession, staticDir, platform: 'linux', env, openBrowser });
      await mode.close();
      return mode.url;
    };
    const url = await run(true, { DISPLAY: ':0' });
    expect(openBrowser).toHaveBeenCalledWith(url);
    await run(true, { DISPLAY: ':0', CI: 'true' });
    await run(true, {});
    await run(false, { DISPLAY: ':0' });
    expect(openBrowser).toHaveBeenCalledTimes(1);
  });

  it('closes the notebook once, and stops serving, however often close is called', async () => {
    const fake = fakeOpen();
    const mode = await startBrowserMode({ notebookDir: '/nb', open: false, log: () => {}, openSession: fake.openSession, staticDir, ...quiet });
    await Promise.all([mode.close(), mode.close()]);
    expect(fake.close).toHaveBeenCalledTimes(1);
    await expect(fetch(mode.url)).rejects.toThrow();
  });

  it('says so when the port is taken, and releases the notebook', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const fake = fakeOpen();
    await expect(startBrowserMode({ notebookDir: '/nb', port, open: false, log: () => {}, openSession: fake.openSession, staticDir, ...quiet })).rejects.toThrow(`Port ${port} is already in use`);
    expect(fake.close).toHaveBeenCalledTimes(1);
    blocker.close();
  });

  it('finds the built pages next to the bundle, or says to build first', async () => {
    const bundled = pathToFileURL(path.join(root, 'main', 'start.js')).href;
    expect(findRendererDir(bundled)).toBe(staticDir);
    await rm(staticDir, { recursive: true });
    expect(() => findRendererDir(bundled)).toThrow(/Run "npm run build" first/);
  });
});
