import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll } from 'vitest';
import type { CliDeps } from '../../../main/cli/cli-deps';
import { runCli } from '../../../main/cli/run-cli';

/** What a user would see after one command: its exit code and both streams. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  stdin?: string | Buffer;
  env?: Record<string, string | undefined>;
  cwd?: string;
  deps?: CliDeps;
  signal?: AbortSignal;
}

/** Run one command in-process, the way the executable would, capturing stdout and stderr. */
export async function cli(argv: string[], options: CliRunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    {
      stdout: { write: (chunk: string) => (stdout += chunk) },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
      env: options.env ?? {},
      cwd: options.cwd ?? tmpdir(),
      ...(options.signal ? { signal: options.signal } : {}),
    },
    options.deps,
  );
  return { code, stdout, stderr };
}

/** Parse stdout as exactly one JSON value; throws (failing the test) if it is anything else. */
export function parseJson<T = { ok: boolean; value?: unknown; error?: { code: string; message: string } }>(run: CliRun): T {
  return JSON.parse(run.stdout) as T;
}

const created: string[] = [];

/** A fresh folder under the OS temp dir, removed when the test file finishes. */
export async function tempDir(prefix = 'nn-cli-'): Promise<string> {
  const dir = await fsp.mkdtemp(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(created.splice(0).map((dir) => fsp.rm(dir, { recursive: true, force: true })));
});

/** Every file under dir with its SHA-256, to prove a failed command wrote nothing. */
export async function fileHashes(dir: string, skip: (path: string) => boolean = () => false): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(folder: string): Promise<void> {
    for (const entry of await fsp.readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const rel = relative(dir, path);
      if (skip(rel)) continue;
      if (entry.isDirectory()) await walk(path);
      else out[rel] = createHash('sha256').update(await fsp.readFile(path)).digest('hex');
    }
  }
  await walk(dir);
  return out;
}
