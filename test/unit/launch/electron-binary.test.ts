import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary, nodeBinaryProbe, type BinaryProbe } from '../../../main/launch/electron-binary';

function probe(files: Record<string, string>, dir: string | null = '/nm/electron', env: Record<string, string> = {}): BinaryProbe {
  return { packageDir: () => dir, exists: (file) => file in files, readText: (file) => files[file] ?? '', env };
}

describe('finding the Electron binary without downloading it', () => {
  it('reports a missing package, a never-downloaded binary, and a deleted one', () => {
    expect(findElectronBinary(probe({}, null))).toEqual({ ok: false, detail: 'the electron package is not installed' });
    expect(findElectronBinary(probe({}))).toMatchObject({ ok: false, detail: expect.stringContaining('path.txt is missing') });
    expect(findElectronBinary(probe({ '/nm/electron/path.txt': 'electron' }))).toMatchObject({ ok: false, detail: expect.stringContaining('binary is missing') });
  });

  it('finds the binary the way the electron package does, including its override', () => {
    const installed = { '/nm/electron/path.txt': 'electron\n', '/nm/electron/dist/electron': '' };
    expect(findElectronBinary(probe(installed))).toEqual({ ok: true, path: '/nm/electron/dist/electron' });
    const overridden = { '/nm/electron/path.txt': 'electron', '/opt/electron/electron': '' };
    expect(findElectronBinary(probe(overridden, '/nm/electron', { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }))).toEqual({ ok: true, path: '/opt/electron/electron' });
  });

  it('looks at the real installed package without triggering its download', () => {
    const real = nodeBinaryProbe();
    const dir = real.packageDir();
    expect(dir && path.basename(dir)).toBe('electron');
    const hadDist = existsSync(path.join(dir ?? '', 'dist'));
    const lookup = findElectronBinary(real);
    expect(existsSync(path.join(dir ?? '', 'dist'))).toBe(hadDist);
    if (lookup.ok) expect(existsSync(lookup.path)).toBe(true);
    else expect(lookup.detail).toMatch(/path\.txt|binary/);
  });
});
