import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeElectronFailure } from '../../../main/launch/electron-failure';
import { launchElectron } from '../../../main/launch/electron-launcher';

/**
 * Node stands in for the Electron binary: `node <script> --notebook DIR` behaves like
 * `electron <appDir> --notebook DIR` for the launcher's purposes (a process that lives or dies).
 */
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'nn-launch-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function script(name: string, body: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, body);
  return file;
}

describe('starting Electron', () => {
  it('reports an early crash in one line, with the reason it printed, and none of its noise', async () => {
    const app = await script('dies.cjs', "process.stderr.write('[1:ERROR] noise\\n[2:ERROR:ozone_platform_x11.cc] Missing X server or $DISPLAY\\n'); process.exit(1);");
    const passed: string[] = [];
    const outcome = await launchElectron({ electronPath: process.execPath, appDir: app, notebookDir: '/nb', graceMs: 5000, passStderr: (c) => passed.push(c.toString()) });
    expect(outcome.kind).toBe('failed');
    if (outcome.kind !== 'failed') return;
    expect(describeElectronFailure(outcome.failure)).toBe('Electron exited with code 1: it found no display; opening Newsroom Notebook in your browser instead.');
    expect(passed).toEqual([]);
  });

  it('treats a process that stays up past the grace period as running, passing the notebook folder', async () => {
    const app = await script('lives.cjs', "process.stderr.write('args:' + JSON.stringify(process.argv.slice(2)) + '\\n'); setTimeout(() => process.exit(3), 60000);");
    const passed: string[] = [];
    const outcome = await launchElectron({ electronPath: process.execPath, appDir: app, notebookDir: '/notebooks/desk', graceMs: 400, passStderr: (c) => passed.push(c.toString()) });
    expect(outcome.kind).toBe('running');
    if (outcome.kind !== 'running') return;
    expect(passed.join('')).toContain('args:["--notebook","/notebooks/desk"]');
    outcome.child.kill('SIGTERM');
    expect(await outcome.exited).toBe(1);
  });

  it('treats a clean immediate exit (handed to a running window) as done, not as a failure', async () => {
    const app = await script('hands-over.cjs', 'process.exit(0);');
    expect(await launchElectron({ electronPath: process.execPath, appDir: app, notebookDir: '/nb', graceMs: 5000 })).toEqual({ kind: 'exited', code: 0 });
  });

  it('reports a binary that cannot be spawned', async () => {
    const outcome = await launchElectron({ electronPath: path.join(dir, 'no-such-electron'), appDir: dir, notebookDir: '/nb', graceMs: 5000 });
    expect(outcome).toMatchObject({ kind: 'failed', failure: { kind: 'spawn-error', code: 'ENOENT' } });
  });
});
