import { beforeEach, describe, expect, it } from 'vitest';
import { cli, fileHashes, parseJson, tempDir, type CliRun } from './cli-harness';

let work: string;
let nb: string;
let run: (...argv: string[]) => Promise<CliRun>;

beforeEach(async () => {
  work = await tempDir();
  nb = `${work}/nb`;
  run = (...argv) => cli([...argv, '--notebook', nb], { cwd: work });
  await run('init');
});

describe('settings', () => {
  it('sets the organization a ClaimReview names, shows it, and clears a value given empty', async () => {
    const set = await run('settings', '--organization', 'Gazette Fact Desk', '--organization-url', 'https://gazette.example/factcheck', '--json');
    expect(set.code).toBe(0);
    expect(parseJson<{ value: unknown }>(set).value).toEqual({ organizationName: 'Gazette Fact Desk', organizationUrl: 'https://gazette.example/factcheck' });

    const shown = await run('settings');
    expect(shown.stdout).toContain('Organization: Gazette Fact Desk');
    expect(shown.stdout).toContain('Organization URL: https://gazette.example/factcheck');
    expect(shown.stdout).toContain('Reporter: (not set)');

    await run('settings', '--organization-url', '');
    expect(parseJson<{ value: unknown }>(await run('settings', '--json')).value).toEqual({ organizationName: 'Gazette Fact Desk' });
  });

  it('refuses an address that is not a web address, and changes nothing', async () => {
    await run('settings', '--organization', 'Desk');
    const before = await fileHashes(nb);
    const refused = await run('settings', '--organization-url', 'javascript:alert(1)');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/organizationUrl must be a full web address/);
    expect(await fileHashes(nb)).toEqual(before);
  });
});
