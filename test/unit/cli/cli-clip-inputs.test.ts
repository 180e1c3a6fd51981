import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run-cli';
import { startPageServer, type PageServer } from '../../support/page-server';
import { makeDocx, makePdf } from '../clipper/files/make-documents';
import { cli, parseJson, tempDir, type CliRun } from './cli-harness';

/** `clip` with what issue 3 adds: web addresses, HTML, PDF and Word files, HTML on stdin, --new-version. */

const PARAGRAPHS = [
  'The council voted on Tuesday to close the bus depot on Mill Road by the end of June, citing repair costs of four million.',
  'Residents who packed the public gallery said the closure would lengthen journeys for thousands of commuters every day.',
  'The council leader said the money would be better spent on new electric buses and a smaller depot outside the town.',
];
const PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Depot to close</title>
<meta name="author" content="Ana Reporter"><meta property="og:site_name" content="The Gazette">
<meta property="article:published_time" content="2025-02-01T10:00:00Z"></head>
<body><article><h1>Depot to close</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

let server: PageServer;
let work: string;
let nb: string;
const run = (argv: string[], stdin?: string): Promise<CliRun> => cli([...argv, '--notebook', nb], { cwd: work, ...(stdin !== undefined ? { stdin } : {}) });

interface ClipJson {
  ok: true;
  value: { duplicate: boolean; clip: Record<string, unknown> & { id: string; title: string; url?: string; pages?: unknown } };
}

beforeAll(async () => {
  server = await startPageServer({ '/depot': { headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: PAGE } });
});
afterAll(() => server.close());
beforeEach(async () => {
  work = await tempDir();
  nb = join(work, 'notebook');
  expect((await run(['init'])).code).toBe(0);
});

describe('clip', () => {
  it('clips a served URL and prints the clip record with --json', async () => {
    const result = await run(['clip', server.url('/depot'), '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { value } = parseJson<ClipJson>(result);
    expect(value.duplicate).toBe(false);
    expect(value.clip).toMatchObject({
      title: 'Depot to close',
      byline: 'Ana Reporter',
      siteName: 'The Gazette',
      publishedTime: '2025-02-01T10:00:00Z',
      lang: 'en-GB',
      url: server.url('/depot'),
    });
    for (const field of ['htmlSha256', 'textSha256', 'fullHtmlSha256', 'fullTextSha256']) expect(value.clip[field]).toMatch(/^[0-9a-f]{64}$/);
    expect((value.clip['capture'] as { bytesSha256: string }).bytesSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(value.clip['wordCount']).toBe(PARAGRAPHS.join(' ').split(/\s+/).length + 3);

    const again = await run(['clip', server.url('/depot')]);
    expect(again.stdout).toContain(`This is already clipped as ${value.clip.id}`);
    const version = parseJson<ClipJson>(await run(['clip', server.url('/depot'), '--new-version', '--json']));
    expect(version.value.clip['previousVersionId']).toBe(value.clip.id);
  });

  it('clips a PDF file with its pages, and a Word document', async () => {
    await fsp.writeFile(join(work, 'minutes.pdf'), await makePdf([[['First page.']], [['Second page.']]], 'Council minutes'));
    const pdf = parseJson<ClipJson>(await run(['clip', 'minutes.pdf', '--json']));
    expect(pdf.value.clip.title).toBe('Council minutes');
    expect(pdf.value.clip.pages).toEqual([
      { page: 1, start: 0, end: 11 },
      { page: 2, start: 13, end: 25 },
    ]);
    const shown = await run(['show', pdf.value.clip.id]);
    expect(shown.stdout).toContain('First page.\n\nSecond page.');

    await fsp.writeFile(join(work, 'memo.docx'), await makeDocx('Budget memo', ['The memo says the depot will close.']));
    const docx = await run(['clip', 'memo.docx']);
    expect(docx.code).toBe(0);
    expect(docx.stdout).toMatch(/^Clipped "Budget memo" as [0-9A-Z]{26} \(9 words\)\.\nMark a claim/);
  });

  it('clips HTML piped on stdin as HTML, sanitized, with --title', async () => {
    const result = await run(['clip', '-', '--title', 'Pasted page', '--json'], PAGE.replace('</article>', '<script>alert(1)</script></article>'));
    expect(result.code).toBe(0);
    const { value } = parseJson<ClipJson>(result);
    expect(value.clip.title).toBe('Pasted page');
    expect(value.clip['capture']).toMatchObject({ method: 'paste', contentType: 'text/html' });
    const shown = await run(['show', value.clip.id]);
    expect(shown.stdout).toContain(PARAGRAPHS[1]);
    expect(shown.stdout).not.toContain('alert(1)');
  });

  it('shows progress on stderr when it is a terminal, and none on a pipe', async () => {
    let stderr = '';
    const code = await runCli(['clip', server.url('/depot'), '--notebook', nb], {
      stdout: { write: () => true },
      stderr: Object.assign({ write: (chunk: string) => (stderr += chunk) }, { isTTY: true }),
      stdin: Readable.from([]),
      env: {},
      cwd: work,
    });
    expect(code).toBe(0);
    expect(stderr.split('\n').filter(Boolean)).toEqual(['Fetching the page…', 'Reading the article…', 'Saving…']);
    expect((await run(['clip', server.url('/depot'), '--new-version'])).stderr).toBe('');
  });

  it('names the HTTP status when a page cannot be fetched, and writes nothing', async () => {
    const result = await run(['clip', server.url('/gone')]);
    expect(result.code).toBeGreaterThan(0);
    expect(result.stderr).toMatch(/404/);
    expect(parseJson<{ value: unknown[] }>(await run(['clips', '--json'])).value).toEqual([]);
  });
});
