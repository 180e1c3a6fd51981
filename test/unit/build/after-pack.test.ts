import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import type { AfterPackContext } from 'app-builder-lib';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** flipFuses is replaced by a recorder: no Electron binary exists here to flip. */
const flipped = vi.hoisted(() => [] as { binary: string; config: Record<string | number, unknown> }[]);
vi.mock('@electron/fuses', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@electron/fuses')>()),
  flipFuses: vi.fn(async (binary: string, config: Record<string | number, unknown>) => {
    flipped.push({ binary, config });
    return 7;
  }),
}));

const { afterPack } = await import('../../../main/build/after-pack');

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The parts of electron-builder's context the hook reads, as the Linux, macOS and Windows packagers fill them. */
function fakeContext(electronPlatformName: string, appOutDir: string): AfterPackContext {
  const packager = { appInfo: { productFilename: 'Newsroom Notebook' }, ...(electronPlatformName === 'linux' ? { executableName: 'newsroom-notebook' } : {}) };
  return { appOutDir, electronPlatformName, arch: 1, outDir: 'release', targets: [], packager } as unknown as AfterPackContext;
}

beforeEach(() => {
  flipped.length = 0;
});

describe('afterPack (Electron fuses)', () => {
  it.each([
    ['linux', path.join('release', 'linux-unpacked'), path.join('release', 'linux-unpacked', 'newsroom-notebook')],
    ['win32', path.join('release', 'win-unpacked'), path.join('release', 'win-unpacked', 'Newsroom Notebook.exe')],
    ['darwin', path.join('release', 'mac-arm64'), path.join('release', 'mac-arm64', 'Newsroom Notebook.app')],
  ])('on %s flips the fuses of the packed executable', async (platform, appOutDir, binary) => {
    await afterPack(fakeContext(platform, appOutDir));
    expect(flipped).toHaveLength(1);
    expect(flipped[0]!.binary).toBe(binary);
  });

  it('turns off run-as-node, NODE_OPTIONS, inspect arguments and file:// privileges, and turns on cookie encryption, asar integrity and asar-only loading', async () => {
    await afterPack(fakeContext('linux', '/tmp/out'));
    const config = flipped[0]!.config;
    expect(config.version).toBe(FuseVersion.V1);
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    expect(config.resetAdHocDarwinSignature).toBe(false);
  });

  it('re-signs ad hoc on macOS only, where flipping voids the signature', async () => {
    await afterPack(fakeContext('darwin', '/tmp/out'));
    await afterPack(fakeContext('win32', '/tmp/out'));
    expect(flipped.map((f) => f.config.resetAdHocDarwinSignature)).toEqual([true, false]);
  });

  it('refuses a platform it does not know rather than guessing a path', async () => {
    await expect(afterPack(fakeContext('freebsd', '/tmp/out'))).rejects.toThrow(/unknown platform "freebsd"/);
    expect(flipped).toEqual([]);
  });

  it('is loadable by electron-builder\'s own hook resolver the way npm run dist runs it (node --import tsx)', async () => {
    const script = [
      "const { resolveFunction } = require('app-builder-lib/out/util/resolve');",
      "resolveFunction('module', './main/build/after-pack.ts', 'afterPack', process.cwd())",
      "  .then((f) => console.log(typeof f + ':' + f.name), (e) => { console.error(e.message); process.exit(1); });",
    ].join('\n');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=commonjs', '-e', script], { cwd: projectRoot });
    expect(stdout.trim()).toBe('function:afterPack');
  });
});
