import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanApp } from '../../../main/build/electronegativity-scan';

/** A tiny app on disk: one insecure window and one locked-down one, in the folders the scan reads. */
let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'nn-ege-test-'));
  await mkdir(path.join(root, 'main', 'electron'), { recursive: true });
  await mkdir(path.join(root, 'renderer'), { recursive: true });
  await writeFile(path.join(root, 'main', 'electron', 'unsafe-window.ts'), [
    "import { BrowserWindow } from 'electron';",
    'export function open(): BrowserWindow {',
    '  return new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });',
    '}',
  ].join('\n'));
  await writeFile(path.join(root, 'main', 'electron', 'safe-window.ts'), [
    "import { BrowserWindow } from 'electron';",
    'export function open(): BrowserWindow {',
    "  return new BrowserWindow({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' } });",
    '}',
  ].join('\n'));
  await writeFile(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>x</title>');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('scanApp (Electronegativity, offline)', () => {
  it('reports Node integration and missing isolation in the file that has them, with project-relative paths', async () => {
    const scan = await scanApp(root);
    const inUnsafe = scan.findings.filter((f) => f.file === 'main/electron/unsafe-window.ts').map((f) => f.id);
    expect(inUnsafe).toEqual(expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']));
    expect(scan.findings.find((f) => f.id === 'CONTEXT_ISOLATION_JS_CHECK' && f.file === 'main/electron/unsafe-window.ts')).toMatchObject({ severity: 'HIGH', line: 3 });
    expect(scan.findings.filter((f) => f.file === 'main/electron/safe-window.ts').map((f) => f.id)).not.toContain('CONTEXT_ISOLATION_JS_CHECK');
    expect(scan.errors).toEqual([]);
    expect(scan.checks).toBeGreaterThan(30);
  });

  it('never reaches the network: every request it tries is refused on the spot', async () => {
    const scan = await scanApp(root);
    for (const url of scan.refusedRequests) expect(url).toMatch(/^https?:\/\//);
    // The locale download is attempted on every run; it must have been stopped by the stub.
    expect(scan.refusedRequests.length).toBeGreaterThan(0);
  });
});
