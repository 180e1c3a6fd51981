import { existsSync, promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { packBundle } from '../../../main/briefs/bundle/bundle-manifest';
import { cli, parseJson, tempDir, type CliRun } from './cli-harness';

const FIXTURE = fileURLToPath(new URL('../../fixtures/cli/council-budget.txt', import.meta.url));

let work: string;
let nb: string;
const run = (...argv: string[]): Promise<CliRun> => cli([...argv, '--notebook', nb], { cwd: work });

async function json<T>(...argv: string[]): Promise<T> {
  const result = await run(...argv, '--json');
  expect(result.stderr).toBe('');
  return parseJson<{ ok: true; value: T }>(result).value;
}

/** A notebook checked from the command line: two claims verified, one false, one still open. */
async function checkedNotebook(): Promise<{ clipId: string; claimIds: string[] }> {
  expect((await run('init')).code).toBe(0);
  const clipId = (await json<{ clip: { id: string } }>('clip', FIXTURE)).clip.id;
  const claim = async (quote: string) => (await json<{ id: string }>('claim', 'add', clipId, '--quote', quote)).id;
  const votes = await claim('voted 7 to 2');
  const budget = await claim('412 million dollars');
  const taxes = await claim('property taxes will not rise next year');
  const stations = await claim('keeps every fire station open');
  const minutes = (await json<{ id: string }>('source', 'add', '--title', 'Council minutes', '--url', 'https://city.example/minutes', '--kind', 'record')).id;
  const levy = (await json<{ id: string }>('source', 'add', '--title', 'Proposed tax levy', '--kind', 'document')).id;
  await json('evidence', 'add', votes, minutes, '--stance', 'supports', '--quote', 'Motion carried 7-2');
  await json('evidence', 'add', budget, minutes, '--stance', 'supports');
  await json('evidence', 'add', taxes, levy, '--stance', 'contradicts', '--quote', 'levy rises 2.5 percent');
  await json('claim', 'status', votes, 'verified', '--note', 'The minutes record the vote.');
  await json('claim', 'status', budget, 'verified', '--note', 'The adopted budget totals 412 million.');
  await json('claim', 'status', taxes, 'false', '--note', 'The levy rises 2.5 percent.');
  await json('claim', 'status', stations, 'in_progress', '--note', 'Asking the fire chief.');
  return { clipId, claimIds: [votes, budget, taxes, stations] };
}

beforeEach(async () => {
  work = await tempDir();
  nb = join(work, 'notebook');
});

describe('backup and restore', () => {
  it('round-trips the notebook: the restored copy passes check with the same claims, evidence and history', async () => {
    await checkedNotebook();
    const backup = await run('backup', '--out', 'nb.zip');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^Backed up the notebook to .*nb\.zip \(4 files, \d+ KB\)\./);
    const claimsBefore = await json<unknown[]>('claims');

    const restored = await cli(['restore', 'nb.zip', '--notebook', 'copy'], { cwd: work });
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('1 clip, 4 claims, 2 sources, 3 evidence links');
    expect(restored.stdout).toContain('check: the restored notebook is healthy.');

    nb = join(work, 'copy');
    const check = await run('check');
    expect(check.code).toBe(0);
    expect(await json<unknown[]>('claims')).toEqual(claimsBefore);
  });

  it('refuses to restore into a folder with files in it, changing nothing', async () => {
    await checkedNotebook();
    await run('backup', '--out', 'nb.zip');
    const restored = await cli(['restore', 'nb.zip', '--notebook', nb], { cwd: work });
    expect(restored.code).toBe(1);
    expect(restored.stderr).toMatch(/is not empty \(\d+ items in it\)\. Restore into an empty or new folder; nothing was changed\./);
  });

  it('says plainly when the backup path cannot be written, and leaves no file there', async () => {
    await checkedNotebook();
    const result = await run('backup', '--out', join(work, 'missing-folder', 'nb.zip'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('its folder does not exist');
    expect(existsSync(join(work, 'missing-folder'))).toBe(false);
    expect(await fsp.readdir(work)).toEqual(['notebook']);
  });

  it('refuses a zip that is not a notebook backup', async () => {
    await fsp.writeFile(join(work, 'other.zip'), zipSync({ 'readme.txt': strToU8('hi') }));
    const result = await cli(['restore', 'other.zip', '--notebook', 'copy', '--json'], { cwd: work });
    expect(result.code).toBe(1);
    expect(parseJson(result)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('is not a Newsroom Notebook backup') } });
    expect(existsSync(join(work, 'copy'))).toBe(false);
  });
});

describe('verify-bundle', () => {
  const bundle = () =>
    packBundle(
      [
        { path: 'brief.md', data: strToU8('# Brief\n\nVerified.\n'), mediatype: 'text/markdown' },
        { path: 'clips/A.txt', data: strToU8('The council voted 7 to 2.'), mediatype: 'text/plain' },
      ],
      { title: 'Brief', created: '2025-03-01T09:00:00.000Z' },
    );

  it('passes an intact bundle with exit 0', async () => {
    await fsp.writeFile(join(work, 'b.zip'), bundle());
    const result = await cli(['verify-bundle', 'b.zip'], { cwd: work });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('The bundle is intact: all 2 files match the manifest, and the manifest matches its digest.\n');
  });

  it('exits 1 naming the altered file', async () => {
    const entries = unzipSync(bundle());
    entries['clips/A.txt'] = strToU8(strFromU8(entries['clips/A.txt'] as Uint8Array).replace('7', '9'));
    await fsp.writeFile(join(work, 'b.zip'), zipSync(entries));
    const result = await cli(['verify-bundle', 'b.zip', '--json'], { cwd: work });
    expect(result.code).toBe(1);
    expect(parseJson(result)).toEqual({
      ok: true,
      value: { ok: false, files: 2, problems: [{ file: 'clips/A.txt', problem: expect.stringMatching(/^was altered/) }] },
    });
    const plain = await cli(['verify-bundle', 'b.zip'], { cwd: work });
    expect(plain.stdout).toContain('  - clips/A.txt was altered');
  });

  it('says when the file does not exist', async () => {
    const result = await cli(['verify-bundle', 'nope.zip'], { cwd: work });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`Error: There is no file ${join(work, 'nope.zip')}.\n`);
  });
});

describe('brief', () => {
  it('writes a Markdown brief of the checked claims', async () => {
    const { clipId } = await checkedNotebook();
    const result = await run('brief', '--clip', clipId, '--format', 'md', '--out', 'brief.md');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('3 checked claims');
    const md = await fsp.readFile(join(work, 'brief.md'), 'utf8');
    expect(md).toContain('property taxes will not rise next year');
    expect(md).not.toContain('keeps every fire station open');
    const withOpen = await run('brief', '--clip', clipId, '--format', 'md', '--out', 'open.md', '--include-open');
    expect(withOpen.code).toBe(0);
    expect(await fsp.readFile(join(work, 'open.md'), 'utf8')).toContain('keeps every fire station open');
  });

  it('writes ClaimReview JSON-LD for chosen claims', async () => {
    const { claimIds } = await checkedNotebook();
    const [votes, , taxes] = claimIds;
    const result = await run('brief', '--claims', `${votes},${taxes}`, '--format', 'claimreview', '--out', 'cr.jsonld', '--json');
    expect(result.code).toBe(0);
    // This notebook has no organization in its settings, so the review has no url: said, not hidden.
    expect(parseJson<{ ok: true; value: { warnings: string[] } }>(result).value.warnings).toContainEqual(expect.stringContaining('The ClaimReview has no url, which Google requires, and no author'));
    const doc = JSON.parse(await fsp.readFile(join(work, 'cr.jsonld'), 'utf8')) as { '@graph': Array<{ reviewRating: { ratingValue: number; alternateName: string } }> };
    expect(doc['@graph'].map((r) => [r.reviewRating.alternateName, r.reviewRating.ratingValue])).toEqual([
      ['True', 5],
      ['False', 1],
    ]);
  });

  it('makes an evidence bundle that verify-bundle passes, and fails naming a file changed inside it', async () => {
    const { clipId } = await checkedNotebook();
    const made = await run('brief', '--clip', clipId, '--format', 'bundle', '--out', 'evidence.zip');
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect((await cli(['verify-bundle', 'evidence.zip'], { cwd: work })).code).toBe(0);

    const entries = unzipSync(await fsp.readFile(join(work, 'evidence.zip')));
    const name = `clips/${clipId}.html`;
    const bytes = new Uint8Array(entries[name] as Uint8Array);
    bytes[5] = (bytes[5] ?? 0) ^ 1;
    entries[name] = bytes;
    await fsp.writeFile(join(work, 'tampered.zip'), zipSync(entries));
    const verified = await cli(['verify-bundle', 'tampered.zip'], { cwd: work });
    expect(verified.code).toBe(1);
    expect(verified.stdout).toContain(`  - ${name} was altered`);
  }, 60_000);

  it('refuses a missing, double, malformed or unknown scope, writing nothing', async () => {
    await checkedNotebook();
    const none = await run('brief', '--format', 'md', '--out', 'x.md');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Give exactly one of --clip ID, --story ID or --claims ID,ID');
    const two = await run('brief', '--clip', '01JD00000000000000000000C1', '--story', '01JD00000000000000000000S1', '--format', 'md', '--out', 'x.md');
    expect(two.code).toBe(1);
    expect(two.stderr).toContain('covers one scope at a time');
    const bad = await run('brief', '--clip', 'nope', '--format', 'md', '--out', 'x.md');
    expect(bad.stderr).toContain('"nope" is not a clip ID');
    const unknown = await run('brief', '--clip', '01JD00000000000000000000C1', '--format', 'md', '--out', 'x.md');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No clip with ID 01JD00000000000000000000C1 is in this notebook.');
    expect(existsSync(join(work, 'x.md'))).toBe(false);
  });

  it('refuses an unknown format, listing the formats', async () => {
    const { clipId } = await checkedNotebook();
    const result = await run('brief', '--clip', clipId, '--format', 'rtf', '--out', 'x.rtf');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Unknown format "rtf". The formats are: md (Markdown), html (HTML), pdf (PDF), docx (Word (DOCX)), claimreview');
    expect(existsSync(join(work, 'x.rtf'))).toBe(false);
  });

  it('refuses an unwritable path before any work and leaves no file behind', async () => {
    const { clipId } = await checkedNotebook();
    await fsp.mkdir(join(work, 'locked'));
    await fsp.chmod(join(work, 'locked'), 0o500);
    try {
      const denied = await run('brief', '--clip', clipId, '--format', 'html', '--out', join(work, 'locked', 'b.html'));
      // Root ignores folder permissions; the missing-folder case below holds for everyone.
      if (process.getuid?.() !== 0) {
        expect(denied.code).toBe(1);
        expect(denied.stderr).toContain('there is no permission to write there');
      }
      const missing = await run('brief', '--clip', clipId, '--format', 'html', '--out', join(work, 'nowhere', 'b.html'));
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain(`Cannot write ${join(work, 'nowhere', 'b.html')}: its folder does not exist.`);
      const folder = await run('brief', '--clip', clipId, '--format', 'html', '--out', join(work, 'locked'));
      expect(folder.stderr).toContain('it is a folder');
    } finally {
      await fsp.chmod(join(work, 'locked'), 0o700);
    }
    expect((await fsp.readdir(work)).sort()).toEqual(['locked', 'notebook']);
    if (process.getuid?.() !== 0) expect(await fsp.readdir(join(work, 'locked'))).toEqual([]);
  });
});
