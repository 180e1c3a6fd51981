import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration, MacConfiguration, NsisOptions, LinuxConfiguration, TargetConfiguration, WindowsConfiguration } from 'app-builder-lib';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * electron-builder.yml checked offline with electron-builder's own loader and validator, called as
 * its Packager does (getConfig, then validateConfiguration, and checkMetadata on package.json): no
 * packaging, no download. Then the choices the issue names, read from the loaded config.
 */
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as typeof import('app-builder-lib/out/util/config/config');
const { checkMetadata, readPackageJson } = require('app-builder-lib/out/util/packageMetadata') as {
  readPackageJson(file: string): Promise<Record<string, unknown>>;
  checkMetadata(metadata: Record<string, unknown>, devMetadata: Record<string, unknown>, appPackageFile: string, devPackageFile: string): void;
};
const { DebugLogger } = require('builder-util') as typeof import('builder-util');

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

let config: Configuration;
beforeAll(async () => {
  config = await getConfig(projectRoot, 'electron-builder.yml', null);
});

/** `target` entries as {target, arch[]} whatever shorthand the file uses. */
function targets(platform: { target?: unknown } | null | undefined): { target: string; arch: string[] }[] {
  const list = Array.isArray(platform?.target) ? platform.target : platform?.target == null ? [] : [platform.target];
  return (list as (string | TargetConfiguration)[]).map((t) => (typeof t === 'string' ? { target: t, arch: [] } : { target: t.target, arch: ([] as string[]).concat((t.arch as string | string[] | undefined) ?? []) }));
}

describe('electron-builder.yml', () => {
  it('passes electron-builder\'s schema, and package.json its metadata check', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    const pkgFile = path.join(projectRoot, 'package.json');
    const metadata = await readPackageJson(pkgFile);
    expect(() => checkMetadata(metadata, metadata, pkgFile, pkgFile)).not.toThrow();
  });

  it('would be caught if it held an option electron-builder does not know', async () => {
    await expect(validateConfiguration({ ...config, notAnOption: true } as typeof config, new DebugLogger(false))).rejects.toThrow(/Invalid configuration/);
  });

  it('ships only the built app, in an asar, under our name, into release/, publishing nowhere', async () => {
    expect(config).toMatchObject({ appId: 'org.newsroomnotebook.app', productName: 'Newsroom Notebook', asar: true, directories: { output: 'release', buildResources: 'main/build/resources' }, publish: null });
    const patterns = (config.files as { filter: string[] }[]).flatMap((f) => f.filter);
    expect(patterns).toEqual(['dist/**', 'package.json']);
    // Nothing outside dist/ is matched: no sources, no tests, no build scripts.
    for (const left of ['main/', 'renderer/', 'shared/', 'test/']) expect(patterns.some((p) => p.startsWith(left) || p.startsWith('**'))).toBe(false);
    const pkg = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main.startsWith('dist/')).toBe(true);
  });

  it('sets the fuses in an afterPack hook that exists', () => {
    expect(config.afterPack).toBe('./main/build/after-pack.ts');
    expect(existsSync(path.join(projectRoot, config.afterPack as string))).toBe(true);
  });

  it('is run by npm run dist after the build and the icons, under tsx so the TypeScript hook loads', async () => {
    const pkg = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.dist).toMatch(/^npm run build && npm run icons && node --import tsx node_modules\/electron-builder\/cli\.js --config electron-builder\.yml$/);
  });

  it('builds a per-user NSIS installer with a choosable folder, and a portable exe, on Windows', () => {
    const win = config.win as WindowsConfiguration;
    expect(targets(win).map((t) => t.target).sort()).toEqual(['nsis', 'portable']);
    const nsis = config.nsis as NsisOptions;
    expect(nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, allowElevation: false });
    expect(nsis.selectPerMachineByDefault ?? false).toBe(false);
    // The two .exe files must not overwrite each other in release/.
    expect(nsis.artifactName).not.toBe((config.portable as { artifactName?: string }).artifactName);
  });

  it('builds a dmg and a zip for Intel and Apple silicon, hardened, with entitlements and env-driven notarization', () => {
    const mac = config.mac as MacConfiguration;
    expect(targets(mac)).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }, { target: 'zip', arch: ['x64', 'arm64'] }]);
    expect(mac.hardenedRuntime).toBe(true);
    expect(mac.notarize).toBe(true);
    for (const file of [mac.entitlements, mac.entitlementsInherit]) {
      expect(file).toMatch(/^main\/build\/resources\/.+\.plist$/);
      expect(existsSync(path.join(projectRoot, file as string))).toBe(true);
    }
  });

  it('builds an AppImage and a deb filed under Office, with a desktop entry', () => {
    const linux = config.linux as LinuxConfiguration;
    expect(targets(linux).map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(linux.category).toBe('Office');
    expect(linux.desktop?.entry).toMatchObject({ Name: 'Newsroom Notebook' });
    expect(linux.desktop?.entry?.Exec).toBeUndefined(); // electron-builder refuses Exec here: it writes it from executableName
  });

  it('takes every platform\'s icon from the folder npm run icons generates', async () => {
    const { ICON_OUT_DIR } = await import('../../../main/build/make-icons');
    const generated = path.relative(projectRoot, ICON_OUT_DIR).split(path.sep).join('/');
    expect((config.mac as MacConfiguration).icon).toBe(`${generated}/icon.icns`);
    expect((config.win as WindowsConfiguration).icon).toBe(`${generated}/icon.ico`);
    expect((config.linux as LinuxConfiguration).icon).toBe(`${generated}/png`);
  });
});
