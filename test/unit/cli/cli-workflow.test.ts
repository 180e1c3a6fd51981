import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli, parseJson, tempDir, type CliRun } from './cli-harness';

const FIXTURE = fileURLToPath(new URL('../../fixtures/cli/council-budget.txt', import.meta.url));
const ID = /[0-9A-HJKMNP-TV-Z]{26}/;

let work: string;
let nb: string;
/** Run a command against this test's notebook. */
const run = (...argv: string[]): Promise<CliRun> => cli([...argv, '--notebook', nb], { cwd: work });
const idIn = (text: string): string => ID.exec(text)?.[0] ?? '';

beforeEach(async () => {
  work = await tempDir();
  nb = join(work, 'notebook');
});

async function initAndClip(): Promise<string> {
  expect((await run('init')).code).toBe(0);
  const clipped = parseJson<{ ok: true; value: { clip: { id: string } } }>(await run('clip', FIXTURE, '--json'));
  return clipped.value.clip.id;
}

describe('init', () => {
  it('creates the notebook once and says so when it already exists', async () => {
    const first = await run('init');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Created a new notebook in ${nb}.`);
    expect((await fsp.stat(join(nb, 'notebook.json'))).isFile()).toBe(true);

    const again = await run('init');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('A notebook already exists');
    expect(again.stdout).toContain('nothing was changed');
  });

  it('will not turn a folder that already holds other files into a notebook', async () => {
    await fsp.mkdir(nb);
    await fsp.writeFile(join(nb, 'taxes-2024.pdf'), 'not a notebook');
    const result = await run('init');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${nb} already has files in it and is not a notebook. Give a new or empty folder to init.`);
    expect(await fsp.readdir(nb)).toEqual(['taxes-2024.pdf']);
  });
});

describe('clipping and reading', () => {
  it('clips a text file, lists it in aligned columns and shows it with its claims', async () => {
    await run('init');
    const clipped = await run('clip', FIXTURE);
    expect(clipped.code).toBe(0);
    expect(clipped.stdout).toMatch(/Clipped "City council approves a budget with a larger road repair fund" as [0-9A-Z]{26}/);
    const clipId = idIn(clipped.stdout);

    const list = await run('clips');
    expect(list.code).toBe(0);
    const [header, row] = list.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^ID\s+DATE\s+CLAIMS\s+TITLE$/);
    expect(row).toMatch(new RegExp(`^${clipId}  \\d{4}-\\d{2}-\\d{2}  0\\s+City council approves`));
    // Columns line up: the title starts where the TITLE header does.
    expect(row?.indexOf('City council')).toBe(header?.indexOf('TITLE'));

    const added = await run('claim', 'add', clipId, '--quote', 'the road repair fund will grow by 30 percent');
    expect(added.code).toBe(0);
    const claimId = idIn(added.stdout);
    expect(added.stdout).toContain(`Added claim ${claimId} (unverified)`);

    const shown = await run('show', clipId);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('The finance office said property taxes will not rise next year.');
    expect(shown.stdout).toMatch(new RegExp(`${claimId}\\s+unverified\\s+“the road repair fund will grow by 30 percent”`));
    expect((await run('clips')).stdout).toMatch(new RegExp(`${clipId}\\s+\\S+\\s+1\\s+City council`));
  });

  it('records the file’s absolute path as the origin, and clipping the same text again adds nothing', async () => {
    await run('init');
    await fsp.copyFile(FIXTURE, join(work, 'story.md'));
    const first = parseJson<{ value: { clip: { id: string; capture: { origin: string } }; duplicate: boolean } }>(
      await run('clip', 'story.md', '--json'),
    );
    expect(first.value.clip.capture.origin).toBe(join(work, 'story.md'));
    expect(first.value.duplicate).toBe(false);
    const again = await run('clip', FIXTURE);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`already clipped as ${first.value.clip.id}`);
    expect(parseJson<{ value: unknown[] }>(await run('clips', '--json')).value).toHaveLength(1);
  });

  it('clips standard input with "-" and a given title', async () => {
    await run('init');
    const piped = await cli(['clip', '-', '--title', 'Wire copy', '--notebook', nb, '--json'], {
      stdin: 'Officials said the bridge reopens in May.\nTraffic will be limited at first.\n',
    });
    expect(piped.code).toBe(0);
    const { value } = parseJson<{ value: { clip: { id: string; title: string; capture: { origin: string } } } }>(piped);
    expect(value.clip.title).toBe('Wire copy');
    expect(value.clip.capture.origin).toBe('stdin');
    const shown = await run('show', value.clip.id);
    expect(shown.stdout).toContain('Officials said the bridge reopens in May.\nTraffic will be limited at first.');
  });
});

describe('claims', () => {
  it('anchors a quote found once, and refuses one not found or found twice', async () => {
    const clipId = await initAndClip();
    const once = await run('claim', 'add', clipId, '--quote', 'property taxes will not rise', '--note', 'ask the finance office');
    expect(once.code).toBe(0);

    const missing = await run('claim', 'add', clipId, '--quote', 'taxes will fall');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('That quote is not in "City council approves a budget with a larger road repair fund". Copy the words exactly');
    expect(missing.stdout).toBe('');

    const twice = await run('claim', 'add', clipId, '--quote', 'The mayor said');
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('That quote appears 2 times');
    expect(twice.stderr).toContain('Quote a few more words');

    const all = parseJson<{ value: { id: string; text: string; note?: string }[] }>(await run('claims', '--json'));
    expect(all.value.map((claim) => claim.text)).toEqual(['property taxes will not rise']);
    expect(all.value[0]?.note).toBe('ask the finance office');
  });

  it('will not verify without supporting evidence; with a source and a rationale it will', async () => {
    const clipId = await initAndClip();
    const claimId = idIn((await run('claim', 'add', clipId, '--quote', 'voted 7 to 2')).stdout);

    const refused = await run('claim', 'status', claimId, 'verified', '--note', 'Matches the minutes');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('A claim can be marked verified only once at least one source supports it.');
    expect(refused.stderr).toContain(`evidence add ${claimId} SOURCE_ID --stance supports`);

    const noNote = await run('claim', 'status', claimId, 'unverifiable');
    expect(noNote.code).toBe(1);
    expect(noNote.stderr).toContain('needs a rationale');
    expect(noNote.stderr).toContain('--note');

    const source = await run('source', 'add', '--title', 'Council minutes, 4 March', '--url', 'https://example.org/minutes', '--kind', 'record');
    expect(source.code).toBe(0);
    const sourceId = idIn(source.stdout);
    expect(source.stdout).toContain(`Added source ${sourceId} (record): Council minutes, 4 March <https://example.org/minutes>`);

    const linked = await run('evidence', 'add', claimId, sourceId, '--stance', 'supports', '--quote', 'Motion carried 7-2');
    expect(linked.code).toBe(0);
    expect(linked.stdout).toContain(`Linked source ${sourceId} to claim ${claimId}: supports`);

    const verified = await run('claim', 'status', claimId, 'verified', '--note', 'Matches the minutes');
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain(`Claim ${claimId} is now verified (was unverified).`);

    const listed = await run('claims', '--status', 'verified');
    expect(listed.stdout).toMatch(new RegExp(`${claimId}\\s+verified\\s+“voted 7 to 2”`));
    expect((await run('claims', '--status', 'in-progress')).stdout).toContain('No claims are in_progress.');

    const detail = parseJson<{ value: { history: { from: string | null; to: string; rationale: string }[] }[] }>(
      await run('claims', '--status', 'verified', '--json'),
    );
    expect(detail.value[0]?.history.map((entry) => [entry.from, entry.to, entry.rationale])).toEqual([
      [null, 'unverified', 'Claim recorded'],
      ['unverified', 'verified', 'Matches the minutes'],
    ]);
  });

  it('accepts statuses written with a hyphen or capitals, and refuses unknown ones', async () => {
    const clipId = await initAndClip();
    const claimId = idIn((await run('claim', 'add', clipId, '--quote', 'library hours will be cut')).stdout);
    expect((await run('claim', 'status', claimId, 'In-Progress')).stdout).toContain('is now in_progress');
    const bad = await run('claim', 'status', claimId, 'probably');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/status/);
  });
});

describe('--json', () => {
  it('prints exactly one JSON value per command, every record with its id', async () => {
    const init = parseJson<{ ok: boolean; value: { id: string; created: boolean } }>(await run('init', '--json'));
    expect(init.ok).toBe(true);
    expect(init.value).toMatchObject({ created: true, id: expect.stringMatching(ID) });

    const clip = parseJson<{ value: { clip: { id: string } } }>(await run('clip', FIXTURE, '--json'));
    const clipId = clip.value.clip.id;
    const claim = parseJson<{ value: { id: string; clipId: string; anchor: { position: { start: number } } } }>(
      await run('claim', 'add', clipId, '--quote', 'largest increase in a decade', '--json'),
    );
    expect(claim.value).toMatchObject({ id: expect.stringMatching(ID), clipId });
    const source = parseJson<{ value: { id: string; kind: string } }>(await run('source', 'add', '--title', 'Budget office', '--json'));
    expect(source.value).toMatchObject({ id: expect.stringMatching(ID), kind: 'web' });
    const evidence = parseJson<{ value: { id: string; stance: string } }>(
      await run('evidence', 'add', claim.value.id, source.value.id, '--stance', 'context', '--json'),
    );
    expect(evidence.value).toMatchObject({ id: expect.stringMatching(ID), stance: 'context' });

    const clips = parseJson<{ value: { id: string; claimCount: number }[] }>(await run('clips', '--json'));
    expect(clips.value).toEqual([expect.objectContaining({ id: clipId, claimCount: 1 })]);
    const shown = parseJson<{ value: { clip: { id: string }; text: string; claims: { id: string }[] } }>(await run('show', clipId, '--json'));
    expect(shown.value.clip.id).toBe(clipId);
    expect(shown.value.claims.map((c) => c.id)).toEqual([claim.value.id]);

    const failed = await run('show', '01ARZ3NDEKTSV4RRFFQ69G5FAV', '--json');
    expect(failed.code).toBe(1);
    expect(parseJson(failed)).toEqual({ ok: false, error: { code: 'not_found', message: expect.stringContaining('No clip with ID') } });
    expect(failed.stderr).toContain('No clip with ID 01ARZ3NDEKTSV4RRFFQ69G5FAV');
  });

  it('answers a command line it cannot parse with a JSON error too', async () => {
    const failed = await cli(['clipz', '--json']);
    expect(failed.code).toBe(1);
    expect(parseJson(failed)).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('Did you mean "clip') } });
  });
});

describe('claims paging', () => {
  it('lists more claims than one page holds', async () => {
    await run('init');
    // 501 one-line paragraphs, each with a unique sentence to quote.
    const lines = Array.from({ length: 501 }, (_, i) => `Sentence number ${i + 1000} is here.`);
    await fsp.writeFile(join(work, 'long.txt'), lines.join('\n'));
    const clipId = idIn((await run('clip', 'long.txt')).stdout);
    // Add the claims in-process through the same store to keep the test quick.
    const { openNotebook } = await import('../../../main/store/open-notebook');
    const { createHandlers } = await import('../../../main/services/handlers');
    const store = await openNotebook(nb);
    const handlers = createHandlers(store);
    for (let i = 0; i < 501; i++) {
      await handlers.addClaim({ clipId, quote: `Sentence number ${i + 1000} is` });
    }
    await store.close();
    const all = parseJson<{ value: { id: string }[] }>(await run('claims', '--json'));
    expect(all.value).toHaveLength(501);
    expect(new Set(all.value.map((claim) => claim.id)).size).toBe(501);
  });
});
