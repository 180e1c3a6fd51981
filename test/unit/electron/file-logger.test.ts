import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileLogger } from '../../../main/electron/file-logger';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'nn-log-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const at = () => new Date('2026-03-01T10:00:00.000Z');

describe('the app log', () => {
  it('writes a dated line per event, with an error’s stack indented under it', async () => {
    const logger = createFileLogger({ dir: path.join(dir, 'logs'), now: at });
    logger.log('info', 'Opened the notebook /n');
    logger.log('error', 'Uncaught exception', new Error('disk on fire'));
    const text = await readFile(path.join(dir, 'logs', 'main.log'), 'utf8');
    expect(text).toMatch(/^2026-03-01T10:00:00.000Z INFO Opened the notebook \/n\n2026-03-01T10:00:00.000Z ERROR Uncaught exception\n {2}Error: disk on fire\n {6}at /);
  });

  it('rotates by size and keeps only the newest files', async () => {
    const logger = createFileLogger({ dir, maxBytes: 200, keep: 2, now: at });
    for (let i = 0; i < 30; i++) logger.log('info', `line ${i} ${'x'.repeat(40)}`);
    expect((await readdir(dir)).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    const current = await readFile(path.join(dir, 'main.log'), 'utf8');
    expect(Buffer.byteLength(current)).toBeLessThanOrEqual(200);
    expect(current).toContain('line 29');
    const all = (await Promise.all(['main.2.log', 'main.1.log', 'main.log'].map((f) => readFile(path.join(dir, f), 'utf8')))).join('');
    expect(all).not.toContain('line 0 ');
    expect(all.indexOf('line 25')).toBeLessThan(all.indexOf('line 29'));
  });

  it('falls back (stderr) instead of throwing when the folder cannot be written', () => {
    const fallback = vi.fn();
    const logger = createFileLogger({ dir: path.join('/dev/null', 'logs'), fallback, now: at });
    expect(() => logger.log('error', 'still told')).not.toThrow();
    expect(fallback).toHaveBeenCalledWith(expect.stringContaining('ERROR still told'));
  });
});
