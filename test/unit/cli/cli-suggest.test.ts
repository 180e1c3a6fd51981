import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../shared/api/views';
import { cli, parseJson, tempDir, type CliRun } from './cli-harness';

const SAMPLE = fileURLToPath(new URL('../../fixtures/sample-article-landmines.txt', import.meta.url));

let work: string;
let nb: string;
let clipId: string;
const run = (...argv: string[]): Promise<CliRun> => cli([...argv, '--notebook', nb], { cwd: work });

beforeEach(async () => {
  work = await tempDir();
  nb = join(work, 'notebook');
  expect((await run('init')).code).toBe(0);
  clipId = parseJson<{ value: { clip: { id: string } } }>(await run('clip', SAMPLE, '--json')).value.clip.id;
});

describe('claim suggest', () => {
  it('prints the ranked sentences with their reasons and positions', async () => {
    const result = await run('claim', 'suggest', clipId, '--limit', '6');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const out = result.stdout;
    expect(out).toMatch(/^6 suggested claims, most worth checking first:/);
    expect(out).toMatch(/\n1\. score [\d.]+, characters \d+–\d+\n/);
    expect(out).toContain('Note that on December 3-4, 1997, 122 countries signed the Ottawa Convention');
    expect(out).toContain('why: has a number: 122 countries; has a date: December 3-4, 1997; names: Ottawa Convention');
    expect(out).toContain('attributed: reported by the BBC');
    expect(out).toContain('from 4 hours to 2 weeks');
    expect(out).toContain('the US has closed its embassy in Kiev');
    expect(out).toContain(`Mark one with: newsroom-notebook claim add ${clipId} --quote`);
    expect(out.match(/^\d+\. score/gm)).toHaveLength(6);
  });

  it('gives scripts the suggestions as JSON, with keys and code-point offsets', async () => {
    const result = await run('claim', 'suggest', clipId, '--limit', '3', '--json');
    expect(result.code).toBe(0);
    const { ok, value } = parseJson<{ ok: boolean; value: Suggestion[] }>(result);
    expect(ok).toBe(true);
    expect(value).toHaveLength(3);
    for (const suggestion of value) {
      expect(suggestion.key).toMatch(/^[0-9a-f]{64}$/);
      expect(suggestion.reasons.length).toBeGreaterThan(0);
      expect(suggestion.end).toBeGreaterThan(suggestion.start);
    }
  });

  it('stops suggesting a sentence once it is marked as a claim', async () => {
    const before = parseJson<{ value: Suggestion[] }>(await run('claim', 'suggest', clipId, '--json')).value;
    expect(before.some((s) => s.text.includes('Ottawa Convention'))).toBe(true);
    expect((await run('claim', 'add', clipId, '--quote', '122 countries signed the Ottawa Convention')).code).toBe(0);
    const after = parseJson<{ value: Suggestion[] }>(await run('claim', 'suggest', clipId, '--json')).value;
    expect(after.some((s) => s.text.includes('Ottawa Convention'))).toBe(false);
  });

  it('refuses a bad limit or an unknown clip, saying what to do', async () => {
    const bad = await run('claim', 'suggest', clipId, '--limit', 'lots');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('Error: --limit must be a whole number from 1 to 200, not "lots".\n');
    const missing = await run('claim', 'suggest', '01ARZ3NDEKTSV4RRFFQ69G5FAV');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No clip with ID 01ARZ3NDEKTSV4RRFFQ69G5FAV');
  });

  it('is listed in help, with its own usage', async () => {
    expect((await cli(['help'])).stdout).toContain('claim suggest <clipId> [--limit N]');
    const own = await cli(['claim', 'suggest', '--help']);
    expect(own.stdout).toContain('Usage: newsroom-notebook claim suggest <clipId> [--limit N] --notebook DIR [--json]');
  });
});
