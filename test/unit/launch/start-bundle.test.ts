import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleMain } from '../../../main/build/bundle-main';

/**
 * Builds the real main-process bundles into a temp folder and runs `start.js` the way `npm start`
 * does, on a machine where Electron cannot start (no Electron binary here).
 */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
let root: string;
let outDir: string;
let built: string[];

beforeAll(async () => {
  // Inside the project, so the bundle finds its npm packages in node_modules as dist/main does.
  await mkdir(path.join(projectRoot, '.tmp'), { recursive: true });
  root = await mkdtemp(path.join(projectRoot, '.tmp', 'nn-bundle-'));
  outDir = path.join(root, 'main');
  built = (await bundleMain(projectRoot, outDir)).built;
  await mkdir(path.join(root, 'renderer'));
  await writeFile(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>Newsroom Notebook</title>');
}, 60_000);
afterAll(() => rm(root, { recursive: true, force: true }));

/** Starts `node start.js args`, resolving with the child once `count` stdout lines have arrived. */
function start(args: string[]): Promise<{ child: ChildProcess; lines: string[]; stderr: () => string }> {
  const child = spawn(process.execPath, [path.join(outDir, 'start.js'), ...args], { env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      lines.push(...parts);
      if (lines.some((line) => line.startsWith('Newsroom Notebook is running at '))) resolve({ child, lines, stderr: () => stderr });
    });
    child.once('exit', (code) => reject(new Error(`start.js exited (${code}) before serving:\n${lines.join('\n')}\n${stderr}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}

async function call(url: string, method: string, input: unknown): Promise<{ ok: boolean; value?: { total?: number } }> {
  const token = new URL(url).searchParams.get('token') ?? '';
  const response = await fetch(new URL(`/api/${method}`, url), { method: 'POST', headers: { 'X-Notebook-Token': token }, body: JSON.stringify(input) });
  return (await response.json()) as { ok: boolean; value?: { total?: number } };
}

describe('the built app', () => {
  it('bundles the node entries as ES modules and the preload as CommonJS, leaving electron out', async () => {
    expect(built).toEqual(expect.arrayContaining(['electron-main.js', 'preload.cjs', 'start.js']));
    const preload = await readFile(path.join(outDir, 'preload.cjs'), 'utf8');
    expect(preload).toMatch(/require\("electron"\)/);
    expect(preload).not.toMatch(/^import /m);
    const main = await readFile(path.join(outDir, 'electron-main.js'), 'utf8');
    expect(main).toMatch(/from "electron"/);
    expect(main).not.toContain('downloadElectron');
    if (existsSync(path.join(projectRoot, 'main', 'store', 'compact-worker.ts'))) expect(built).toContain('compact-worker.js');
  });

  it('npm start: says in one line why Electron cannot start, serves the notebook, and closes it cleanly on Ctrl+C', async () => {
    const notebook = path.join(root, 'notebook');
    const first = await start(['--notebook', notebook]);
    expect(first.lines[0]).toMatch(/^Electron failed to install correctly \(.*\); opening Newsroom Notebook in your browser instead\.$/);
    const running = first.lines[1] ?? '';
    expect(running).toMatch(/^Newsroom Notebook is running at http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    const url = running.slice('Newsroom Notebook is running at '.length);
    expect(await call(url, 'addStory', { title: 'City budget' })).toMatchObject({ ok: true });
    expect(await stop(first.child)).toBe(0);

    const second = await start(['--notebook', notebook, '--browser', '--no-open']);
    expect(second.lines[0]).toMatch(/^Newsroom Notebook is running at /);
    const url2 = (second.lines[0] ?? '').slice('Newsroom Notebook is running at '.length);
    expect(await call(url2, 'listStories', {})).toMatchObject({ ok: true, value: { total: 1 } });
    expect(await stop(second.child)).toBe(0);
  }, 60_000);
});
