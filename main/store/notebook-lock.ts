import { randomBytes } from 'node:crypto';
import { promises as fsp, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { AppError } from '../../shared/api/result';

/**
 * One writer per notebook. The app, a second window and the CLI each take notebook.lock before
 * touching anything; the file is created with O_EXCL ('wx'), so exactly one process wins.
 * A lock whose process is gone (killed, crashed, or from before a reboot) is stale and taken over.
 */
interface LockContent {
  pid: number;
  host: string;
  bootId: string;
  token: string;
  at: string;
}

export interface NotebookLock {
  readonly path: string;
  release(): Promise<void>;
}

/** Locks this process holds, so a lock file naming our own pid is recognised as ours or as a leftover. */
const heldHere = new Set<string>();

/** Changes at every boot on Linux; a lock written before a reboot is stale even if its pid is reused. */
function currentBootId(): string {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return '';
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** How long an empty lock file is given to be filled in by the process that just created it. */
const EMPTY_LOCK_GRACE_MS = 5_000;

type Holder = { stale: true } | { stale: false; pid: number | null };

async function inspect(path: string, key: string): Promise<Holder> {
  let text: string;
  let mtimeMs: number;
  try {
    [text, { mtimeMs }] = await Promise.all([fsp.readFile(path, 'utf8'), fsp.stat(path)]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { stale: true };
    throw error;
  }
  let content: Partial<LockContent>;
  try {
    content = JSON.parse(text) as Partial<LockContent>;
  } catch {
    return Date.now() - mtimeMs > EMPTY_LOCK_GRACE_MS ? { stale: true } : { stale: false, pid: null };
  }
  const pid = typeof content.pid === 'number' ? content.pid : null;
  if (content.host !== hostname() || pid === null) return { stale: false, pid };
  const bootId = currentBootId();
  if (bootId !== '' && content.bootId && content.bootId !== bootId) return { stale: true };
  if (pid === process.pid) return heldHere.has(key) ? { stale: false, pid } : { stale: true };
  return processAlive(pid) ? { stale: false, pid } : { stale: true };
}

export async function acquireLock(path: string): Promise<NotebookLock> {
  const content: LockContent = {
    pid: process.pid,
    host: hostname(),
    bootId: currentBootId(),
    token: randomBytes(8).toString('hex'),
    at: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const handle = await fsp.open(path, 'wx', 0o644);
      try {
        await handle.writeFile(JSON.stringify(content));
      } finally {
        await handle.close();
      }
      heldHere.add(path);
      return { path, release: () => release(path, content.token) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await inspect(path, path);
    if (!holder.stale) {
      throw new AppError(
        'notebook_locked',
        `notebook is open in another process (pid ${holder.pid ?? 'unknown'}). Close it there, then try again.`,
      );
    }
    await fsp.unlink(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  throw new AppError('notebook_locked', 'notebook is open in another process (pid unknown). Close it there, then try again.');
}

/** Remove the lock only if it is still ours (a stale-lock takeover by someone else must not be undone). */
async function release(path: string, token: string): Promise<void> {
  heldHere.delete(path);
  try {
    const content = JSON.parse(await fsp.readFile(path, 'utf8')) as Partial<LockContent>;
    if (content.token === token) await fsp.unlink(path);
  } catch {
    // Already gone or unreadable: nothing of ours to remove.
  }
}
