import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openNotebook } from '../../../main/store/open-notebook';
import { sourceRecord } from '../../support/make-records';
import { useTempDirs } from './temp-notebook';

const tempNotebook = useTempDirs();
const child = fileURLToPath(new URL('./lock-holder-child.ts', import.meta.url));

/** Start a process that holds the notebook open; resolves once it has the lock. */
function holdInChild(dir: string) {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = new Promise<number>((resolve, reject) => {
    proc.stdout.on('data', (chunk: Buffer) => {
      const match = /open (\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
    proc.once('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
  return { proc, ready };
}

describe('the notebook lock', () => {
  it('refuses a second opener in the same process while the first has it, and frees it on close', async () => {
    const dir = tempNotebook();
    const first = await openNotebook(dir, { create: true });
    await expect(openNotebook(dir)).rejects.toMatchObject({ code: 'notebook_locked' });
    await first.close();
    expect(existsSync(join(dir, 'notebook.lock'))).toBe(false);
    const second = await openNotebook(dir);
    await second.close();
  });

  it('refuses another process with "notebook is open in another process (pid N)", then takes over once that process is killed', async () => {
    const dir = tempNotebook();
    const { proc, ready } = holdInChild(dir);
    const pid = await ready;
    try {
      const error = await openNotebook(dir).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'notebook_locked' });
      expect((error as Error).message).toContain(`notebook is open in another process (pid ${pid})`);
    } finally {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGKILL');
      await exited;
    }
    expect(JSON.parse(readFileSync(join(dir, 'notebook.lock'), 'utf8'))).toMatchObject({ pid });
    const store = await openNotebook(dir);
    await store.commit([{ type: 'source.put', source: sourceRecord('After the takeover') }]);
    expect(JSON.parse(readFileSync(join(dir, 'notebook.lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    await store.close();
  }, 30_000);
});
