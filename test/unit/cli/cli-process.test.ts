import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openNotebook } from '../../../main/store/open-notebook';
import { tempDir } from './cli-harness';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** The real executable as `npm run cli` starts it, in its own process; resolves on exit (it must exit by itself). */
function runProcess(args: string[], stdin = '', env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['main/cli/cli-main.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`newsroom-notebook ${args.join(' ')} did not exit: ${stderr}`));
    }, 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}

describe('the newsroom-notebook executable', () => {
  it('wires argv, stdin, NOTEBOOK_DIR and exit codes end to end', async () => {
    const nb = join(await tempDir(), 'notebook');
    const init = await runProcess(['init', '--notebook', nb]);
    expect(init).toMatchObject({ code: 0, stdout: expect.stringContaining('Created a new notebook') });

    const clip = await runProcess(['clip', '-', '--json'], 'Piped from another program.\nSecond paragraph.\n', { NOTEBOOK_DIR: nb });
    expect(clip.code).toBe(0);
    const parsed = JSON.parse(clip.stdout) as { ok: boolean; value: { clip: { id: string; capture: { origin: string } } } };
    expect(parsed.value.clip.capture.origin).toBe('stdin');

    const unknown = await runProcess(['clipps', '--notebook', nb]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Unknown command "clipps". Did you mean "clips"?');

    const held = await openNotebook(nb);
    try {
      const locked = await runProcess(['clips', '--notebook', nb]);
      expect(locked.code).toBe(2);
      expect(locked.stderr).toContain(`notebook is open in another process (pid ${process.pid})`);
    } finally {
      await held.close();
    }
  });
});
