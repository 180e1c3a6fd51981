import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { openNotebook } from '../../../main/store/open-notebook';
import { cli, parseJson, tempDir, type CliRun } from './cli-harness';

const FIXTURE = fileURLToPath(new URL('../../fixtures/cli/council-budget.txt', import.meta.url));
const ID = /[0-9A-HJKMNP-TV-Z]{26}/;
const idIn = (text: string): string => ID.exec(text)?.[0] ?? '';

let nb: string;
const run = (...argv: string[]): Promise<CliRun> => cli([...argv, '--notebook', nb]);

interface SnapshotFile {
  clips: Record<string, { textSha256: string }>;
  claims: Record<string, { history: { rationale: string }[] }>;
}

/** A notebook with a clip and a claim moved once, fully compacted into notebook.json so a tamper on disk is what is read. */
async function notebookWithHistory(): Promise<{ clipId: string; claimId: string }> {
  await run('init');
  const clipId = idIn((await run('clip', FIXTURE)).stdout);
  const claimId = idIn((await run('claim', 'add', clipId, '--quote', 'voted 7 to 2')).stdout);
  expect((await run('claim', 'status', claimId, 'in_progress', '--note', 'Calling the clerk')).code).toBe(0);
  // Opening and closing in-process compacts whatever the journal still holds.
  await (await openNotebook(nb)).close();
  const journal = await fsp.readdir(join(nb, 'journal')).catch(() => []);
  const snapshot = JSON.parse(await fsp.readFile(join(nb, 'notebook.json'), 'utf8')) as SnapshotFile & { journalThrough?: number };
  const pending = journal.filter((name) => Number.parseInt(name, 10) > (snapshot.journalThrough ?? 0));
  expect(pending).toEqual([]);
  return { clipId, claimId };
}

beforeEach(async () => {
  nb = join(await tempDir(), 'notebook');
});

describe('check', () => {
  it('passes a healthy notebook with exit 0', async () => {
    await notebookWithHistory();
    const result = await run('check');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('The notebook is healthy: checked 1 clip, 1 claim, 0 sources, 0 evidence links.\n');
    expect(parseJson(await run('check', '--json'))).toMatchObject({ ok: true, value: { healthy: true, problems: [] } });
  });

  it('exits 1 naming a clip body altered on disk', async () => {
    const { clipId } = await notebookWithHistory();
    const snapshot = JSON.parse(await fsp.readFile(join(nb, 'notebook.json'), 'utf8')) as SnapshotFile;
    const body = join(nb, 'clips', `${snapshot.clips[clipId]?.textSha256}.txt`);
    await fsp.chmod(body, 0o644);
    await fsp.writeFile(body, (await fsp.readFile(body, 'utf8')).replace('7 to 2', '9 to 0'));

    const result = await run('check');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Found 1 problem \(checked 1 clip,/);
    expect(result.stdout).toContain('The text of the clip "City council approves a budget with a larger road repair fund" was altered or damaged');
    const json = parseJson<{ ok: boolean; value: { healthy: boolean; problems: string[] } }>(await run('check', '--json'));
    expect(json.value.healthy).toBe(false);
    expect(json.value.problems).toHaveLength(1);
  });

  it('exits 1 naming a claim whose history was edited on disk', async () => {
    const { claimId } = await notebookWithHistory();
    const file = join(nb, 'notebook.json');
    const snapshot = JSON.parse(await fsp.readFile(file, 'utf8')) as SnapshotFile;
    const first = snapshot.claims[claimId]?.history[0];
    if (!first) throw new Error('the claim has no history');
    first.rationale = 'Rewritten after the fact';
    await fsp.writeFile(file, JSON.stringify(snapshot));

    const result = await run('check');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`The history of claim ${claimId} ("voted 7 to 2") is broken: entry 2 does not link to the entry before it`);
  });
});
