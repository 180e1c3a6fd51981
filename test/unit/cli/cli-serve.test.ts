import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliDeps } from '../../../main/cli/cli-deps';
import { defaultDeps } from '../../../main/cli/default-deps';
import { startBrowserMode } from '../../../main/launch/browser-mode';
import { cli, tempDir } from './cli-harness';

/**
 * Run `serve` in-process with the real browser mode and store, serving a stand-in page instead of
 * the built renderer; `url` resolves once the server listens, `stop` is the user's Ctrl-C.
 */
async function serve(argv: string[]) {
  const staticDir = await tempDir('nn-cli-page-');
  await fsp.writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Newsroom Notebook</title>');
  let listening: (url: string) => void = () => {};
  const url = new Promise<string>((resolve) => (listening = resolve));
  const deps: CliDeps = {
    ...defaultDeps,
    startBrowserMode: async (options) => {
      const handle = await startBrowserMode({ ...options, staticDir, handleSignals: false });
      listening(handle.url);
      return handle;
    },
  };
  const controller = new AbortController();
  const done = cli(['serve', ...argv], { deps, signal: controller.signal });
  return { url: await Promise.race([url, done.then((run) => Promise.reject(new Error(run.stderr)))]), stop: () => controller.abort(), done };
}

describe('serve', () => {
  it('prints the URL with its token, holds the notebook while running, and closes it when stopped', async () => {
    const nb = join(await tempDir(), 'notebook');
    expect((await cli(['init', '--notebook', nb])).code).toBe(0);
    const server = await serve(['--notebook', nb, '--port', '0']);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{20,}$/);
    expect((await cli(['clips', '--notebook', nb])).code).toBe(2);

    server.stop();
    const result = await server.done;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Newsroom Notebook is running at ${server.url}\nNotebook: ${nb}\nPress Ctrl-C to stop.`);
    expect(result.stderr).toContain('Stopped; the notebook is closed.');
    // The lock is released: the next command can open the notebook.
    expect((await cli(['clips', '--notebook', nb])).code).toBe(0);
  });

  it('serves the notebook’s API with the printed token while it runs', async () => {
    const nb = join(await tempDir(), 'notebook');
    await cli(['init', '--notebook', nb]);
    const server = await serve(['--notebook', nb, '--json']);
    const url = new URL(server.url);
    const answer = await fetch(new URL('/api/getNotebookInfo', url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Notebook-Token': url.searchParams.get('token') ?? '' },
      body: '{}',
    });
    const body = (await answer.json()) as { ok: boolean; value: { path: string } };
    expect(body).toMatchObject({ ok: true, value: { path: nb } });
    const refused = await fetch(new URL('/api/getNotebookInfo', url), { method: 'POST', body: '{}' });
    expect(refused.status).toBe(401);
    server.stop();
    const result = await server.done;
    expect(result.code).toBe(0);
    // --json: stdout is one JSON value with the URL; the host's log lines went to stderr.
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, value: { url: url.href, notebook: nb } });
    expect(result.stderr).toContain('Newsroom Notebook is running at');
  });

  it('refuses a port that is not a number', async () => {
    const result = await cli(['serve', '--notebook', '/tmp/x', '--port', 'eighty']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--port must be a number from 1 to 65535');
  });
});
