import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkNotebook } from '../../../main/store/check-notebook';
import { openNotebook } from '../../../main/store/open-notebook';
import { useTempDirs } from './temp-notebook';

const tempNotebook = useTempDirs();
const child = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const KILLS = 200;

/** Run the child until it is ready, let it mutate for 20-150 ms, SIGKILL it; return the complete lines it printed. */
function runAndKill(dir: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let killed = false;
    proc.stderr.on('data', (c: Buffer) => (err += c.toString()));
    proc.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (!killed && out.startsWith('ready\n')) {
        killed = true;
        setTimeout(() => proc.kill('SIGKILL'), 20 + Math.floor(Math.random() * 130));
      }
    });
    proc.once('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the child stopped by itself (code ${code}): ${err}`));
      else resolve(out.split('\n').slice(0, -1));
    });
  });
}

describe('crash safety', () => {
  it(`opens and checks clean after being SIGKILLed ${KILLS} times mid-write, with every acknowledged change present`, async () => {
    const dir = tempNotebook();
    await (await openNotebook(dir, { create: true })).close();
    let acknowledged = 0;
    const statusSeen = new Map<string, number>();
    for (let i = 0; i < KILLS; i++) {
      const lines = await runAndKill(dir);
      const store = await openNotebook(dir, { compactOnClose: i % 10 === 9 });
      try {
        const report = await checkNotebook(store);
        expect(report.problems, `after kill ${i + 1}`).toEqual([]);
        for (const line of lines) {
          const [kind, id, length] = line.split(' ');
          if (kind === 'clip') expect(store.data.clips[id ?? ''], `clip from kill ${i + 1}`).toBeDefined();
          if (kind === 'claim') expect(store.data.claims[id ?? ''], `claim from kill ${i + 1}`).toBeDefined();
          if (kind === 'status') statusSeen.set(id ?? '', Math.max(statusSeen.get(id ?? '') ?? 0, Number(length)));
          if (kind !== 'ready') acknowledged++;
        }
        for (const [claimId, length] of statusSeen) {
          expect(store.data.claims[claimId]?.history.length ?? 0, `history of ${claimId} after kill ${i + 1}`).toBeGreaterThanOrEqual(length);
        }
      } finally {
        await store.close();
      }
    }
    expect(acknowledged).toBeGreaterThan(KILLS);
  }, 400_000);
});
