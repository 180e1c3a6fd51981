import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_CLIP_CHARS } from '../../../shared/api/contract';
import { createDispatcher } from '../../../main/api/dispatch';
import { createHandlers } from '../../../main/services/handlers';
import { openNotebook } from '../../../main/store/open-notebook';
import { cli, fileHashes, parseJson, tempDir, type CliRun } from './cli-harness';

const FIXTURE = fileURLToPath(new URL('../../fixtures/cli/council-budget.txt', import.meta.url));
const ID = /[0-9A-HJKMNP-TV-Z]{26}/;
const idIn = (text: string): string => ID.exec(text)?.[0] ?? '';

let work: string;
let nb: string;
const run = (...argv: string[]): Promise<CliRun> => cli([...argv, '--notebook', nb], { cwd: work });

beforeEach(async () => {
  work = await tempDir();
  nb = join(work, 'notebook');
});

describe('command line mistakes', () => {
  it('refuses an unknown command, suggesting the closest one', async () => {
    const result = await run('claimz');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('Error: Unknown command "claimz". Did you mean "claim" or "claims"? Run "newsroom-notebook help" to see the commands.\n');
    expect(result.stdout).toBe('');
  });

  it('refuses an option the command does not take', async () => {
    const result = await run('clips', '--stance', 'supports');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"clips" has no option --stance.');
  });

  it('lists every command under help and --help', async () => {
    for (const argv of [['help'], ['--help']]) {
      const result = await cli(argv);
      expect(result.code).toBe(0);
      for (const usage of ['init', 'clip <url|file|->', 'clips', 'show <clipId>', 'claim add <clipId> --quote', 'claim status <claimId> <status>',
        'claims [--status S]', 'source add --title T', 'evidence add <claimId> <sourceId> --stance', 'check', 'serve [--port N]']) {
        expect(result.stdout).toContain(`  ${usage}`);
      }
    }
    const one = await cli(['claim', 'status', '--help']);
    expect(one.stdout).toContain('Usage: newsroom-notebook claim status <claimId> <status> [--note "rationale"]');
  });

  it('needs a notebook: --notebook, or NOTEBOOK_DIR resolved against the working folder', async () => {
    const missing = await cli(['clips']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No notebook given. Add --notebook DIR (the notebook folder), or set NOTEBOOK_DIR.');

    expect((await cli(['init'], { env: { NOTEBOOK_DIR: 'from-env' }, cwd: work })).code).toBe(0);
    expect((await fsp.stat(join(work, 'from-env', 'notebook.json'))).isFile()).toBe(true);
    expect((await cli(['clips'], { env: { NOTEBOOK_DIR: join(work, 'from-env') } })).stdout).toContain('No clips yet.');
  });

  it('says how to create a notebook that does not exist, and creates nothing', async () => {
    const result = await run('clips');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`There is no notebook in ${nb}. Create one with: newsroom-notebook init --notebook "${nb}"`);
    await expect(fsp.stat(nb)).rejects.toThrow();
  });
});

describe('a notebook that cannot be used now', () => {
  let held: Awaited<ReturnType<typeof openNotebook>> | undefined;
  afterEach(async () => {
    await held?.close();
    held = undefined;
  });

  it('exits 2 when another process has the notebook open', async () => {
    await run('init');
    held = await openNotebook(nb);
    for (const argv of [['clips'], ['clip', FIXTURE], ['check'], ['init']]) {
      const result = await run(...argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`open in another process (pid ${process.pid})`);
    }
    const json = await run('clips', '--json');
    expect(parseJson(json)).toMatchObject({ ok: false, error: { code: 'notebook_locked' } });
  });

  it('exits 2 for a notebook from a newer version, and leaves it untouched', async () => {
    await run('init');
    const file = join(nb, 'notebook.json');
    const data = JSON.parse(await fsp.readFile(file, 'utf8')) as { schemaVersion: number };
    data.schemaVersion = 99;
    await fsp.writeFile(file, JSON.stringify(data));
    const before = await fsp.readFile(file, 'utf8');
    const result = await run('clips');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/newer/i);
    expect(await fsp.readFile(file, 'utf8')).toBe(before);
  });

  it('exits 2 for a damaged notebook with no backup to restore', async () => {
    await run('init');
    await fsp.writeFile(join(nb, 'notebook.json'), '{"schemaVersion": 1, "clips": [');
    await fsp.rm(join(nb, 'backups'), { recursive: true, force: true });
    const result = await run('clips');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('notebook.json could not be read');
  });

  it('prints the store’s notices on stderr, e.g. a damaged file restored from backup', async () => {
    await run('init');
    await run('clip', FIXTURE);
    await run('source', 'add', '--title', 'Minutes');
    // Compacting (here, an in-process open and close) is what keeps a backup of the snapshot it replaces.
    await (await openNotebook(nb)).close();
    const backups = await fsp.readdir(join(nb, 'backups'));
    expect(backups.length).toBeGreaterThan(0);
    await fsp.writeFile(join(nb, 'notebook.json'), '\0\0\0\0');
    const result = await run('clips', '--json');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^Notice: notebook\.json could not be read .* was restored\./m);
    expect(parseJson<{ ok: boolean; notices: string[] }>(result).notices[0]).toContain('was restored');
  });
});

describe('nothing is written by a failed command', () => {
  it('leaves every file in the notebook as it was', async () => {
    await run('init');
    const clipId = idIn((await run('clip', FIXTURE)).stdout);
    const claimId = idIn((await run('claim', 'add', clipId, '--quote', 'voted 7 to 2')).stdout);
    const sourceId = idIn((await run('source', 'add', '--title', 'Minutes')).stdout);
    await fsp.writeFile(join(work, 'binary.txt'), Buffer.from([0x68, 0x69, 0x00, 0x01]));
    const before = await fileHashes(nb);

    const failures: [string[], RegExp][] = [
      [['claim', 'add', clipId, '--quote', 'not in the article'], /not in "City council/],
      [['claim', 'add', clipId, '--quote', 'The mayor said'], /appears 2 times/],
      [['claim', 'add', 'not-an-id', '--quote', 'x'], /clipId is not a valid ID/],
      [['claim', 'status', claimId, 'verified', '--note', 'looks right'], /at least one source supports it/],
      [['claim', 'status', claimId, 'false', '--note', 'wrong'], /at least one source contradicts it/],
      [['claim', 'status', claimId, 'unverified'], /already unverified/],
      [['evidence', 'add', claimId, '01ARZ3NDEKTSV4RRFFQ69G5FAV', '--stance', 'supports'], /No source with ID/],
      [['evidence', 'add', claimId, sourceId, '--stance', 'agrees'], /stance/],
      [['source', 'add', '--title', 'Site', '--url', 'ftp://example.org'], /http:\/\/ or https:\/\//],
      [['source', 'add', '--title', 'Site', '--kind', 'rumour'], /kind/],
      [['clip', join(work, 'binary.txt')], /binary file/],
      [['show', '01ARZ3NDEKTSV4RRFFQ69G5FAV'], /No clip with ID/],
    ];
    for (const [argv, message] of failures) {
      const result = await run(...argv);
      expect(result.code, argv.join(' ')).toBe(1);
      expect(result.stderr, argv.join(' ')).toMatch(message);
    }
    expect(await fileHashes(nb)).toEqual(before);
  });
});

describe('what clip accepts', () => {
  beforeEach(async () => {
    await run('init');
  });

  const refuse = async (arg: string, message: RegExp | string, stdin?: string): Promise<void> => {
    const before = await fileHashes(nb);
    const result = await cli(['clip', arg, '--notebook', nb], { cwd: work, ...(stdin !== undefined ? { stdin } : {}) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(await fileHashes(nb)).toEqual(before);
  };

  it('says what to do with addresses and documents it cannot read', async () => {
    await refuse('ftp://example.org/story.txt', /Only web addresses starting with http:\/\/ or https:\/\/ can be clipped/);
    await refuse('https://exa mple.org/', /url must be a full web address/);
    await refuse('old.doc', /save it as \.docx/);
    await fsp.writeFile(join(work, 'report.PDF'), 'not a pdf');
    await refuse('report.PDF', 'This PDF could not be read (it may be damaged or password-protected).');
  });

  it('refuses binary, non-UTF-8, empty, missing and oversized input with a reason', async () => {
    await fsp.writeFile(join(work, 'latin1.log'), Buffer.from('caf\xe9', 'latin1'));
    await refuse('latin1.log', /is not UTF-8 text/);
    await fsp.writeFile(join(work, 'blank.txt'), '  \n\n ');
    await refuse('blank.txt', /blank\.txt holds only blank space: there is nothing to clip/);
    await fsp.writeFile(join(work, 'blank.log'), '  \n\n ');
    await refuse('blank.log', 'blank.log is empty: there is nothing to clip.');
    await refuse('nowhere.txt', 'There is no file nowhere.txt. Check the path.');
    await refuse('.', /is a folder/);
    await refuse('-', /The text on standard input is empty/, '');
    await fsp.writeFile(join(work, 'huge.txt'), 'a'.repeat(MAX_CLIP_CHARS + 1));
    await refuse('huge.txt', /has 5,000,001 characters of text; one clip holds at most 5,000,000/);
  });

  it('takes a Markdown file and keeps its paragraphs, as the app imports it', async () => {
    await fsp.writeFile(join(work, 'notes.md'), '# Interview notes\r\n\r\nShe said the plant closes in June.\r\n');
    const result = await run('clip', 'notes.md', '--json');
    expect(result.code).toBe(0);
    const { value } = parseJson<{ value: { clip: { id: string; title: string } } }>(result);
    expect(value.clip.title).toBe('Interview notes');
    expect((await run('show', value.clip.id)).stdout).toContain('# Interview notes\n\nShe said the plant closes in June.');
  });

  it('reads a text file in a legacy encoding as the app does, instead of refusing it', async () => {
    await fsp.writeFile(join(work, 'latin1.txt'), Buffer.from('Le caf\xe9 du coin ferme ses portes en juin apr\xe8s quarante ans.', 'latin1'));
    const result = await run('clip', 'latin1.txt', '--json');
    expect(result.code).toBe(0);
    const { value } = parseJson<{ value: { clip: { id: string } } }>(result);
    expect((await run('show', value.clip.id)).stdout).toContain('Le café du coin ferme ses portes en juin après quarante ans.');
  });

  it('recognises a text file clipped again through the API (the app\'s import) as the same clip', async () => {
    const text = 'Notes from the hearing\n\n\n  The council voted 7 to 2.  \nThe mayor abstained.\n';
    await fsp.writeFile(join(work, 'hearing.txt'), text);
    const first = parseJson<{ value: { clip: { id: string } } }>(await run('clip', 'hearing.txt', '--json')).value.clip.id;
    const store = await openNotebook(nb);
    try {
      const dispatch = createDispatcher(createHandlers(store));
      const again = await dispatch('importFile', { name: 'hearing.txt', dataBase64: Buffer.from(text).toString('base64') });
      expect(again).toMatchObject({ ok: true, value: { duplicate: true, clip: { id: first } } });
    } finally {
      await store.close();
    }
  });
});
