import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** electron-builder's own loader and schema check, run offline: no packaging, no download. */
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as typeof import('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util') as typeof import('builder-util');

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe('electron-builder.yml', () => {
  it('passes electron-builder\'s schema', async () => {
    const config = await getConfig(projectRoot, 'electron-builder.yml', null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would be caught if it held an option electron-builder does not know', async () => {
    const config = await getConfig(projectRoot, 'electron-builder.yml', null);
    await expect(validateConfiguration({ ...config, notAnOption: true } as typeof config, new DebugLogger(false))).rejects.toThrow(/Invalid configuration/);
  });

  it('ships only the built app under our name, into release/, publishing nowhere', async () => {
    const config = await getConfig(projectRoot, 'electron-builder.yml', null);
    expect(config).toMatchObject({ appId: 'org.newsroomnotebook.app', productName: 'Newsroom Notebook', asar: true, directories: { output: 'release' }, publish: null });
    expect(JSON.stringify(config.files)).toBe(JSON.stringify([{ filter: ['dist/**', 'package.json'] }]));
    const pkg = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main.startsWith('dist/')).toBe(true);
  });
});
