import type { MethodInput, MethodResult } from '../../../shared/api/contract';
import type { AddClipResult, ClipSummary } from '../../../shared/api/views';
import type { Clip } from '../../../shared/domain/entities';
import { createDispatcher } from '../../api/dispatch';
import type { ClipProgress } from '../../clipper/clipper-types';
import { createHandlers } from '../../services/handlers';
import { CliError } from '../cli-error';
import type { CliIo } from '../cli-io';
import type { NotebookSession } from '../notebook-session';
import type { CommandRunner } from '../command-context';
import { PROGRAM } from '../parse-args';
import { readClipInput } from '../read-clip-input';
import { oneLine, shortTime, table } from '../output';
import { claimRows } from './claim-commands';

/** Large enough to list fast, small enough that no call asks the store for everything at once. */
const PAGE_SIZE = 500;

/** `clip <url|file|->`: read first (so a bad file never opens the notebook), then clip through the contract. */
export const runClip: CommandRunner = async (ctx) => {
  ctx.notebookDir();
  const input = await readClipInput(ctx.args[0] ?? '-', ctx.io);
  const title = ctx.options.title !== undefined ? { title: ctx.options.title } : {};
  const newVersion = ctx.options['new-version'] === true;
  return ctx.open(async (session) => {
    const call = clipCaller(session, ctx.io);
    let result: AddClipResult;
    if (input.kind === 'url') result = await call('clipUrl', { url: input.url, newVersion, ...title });
    else if (input.kind === 'document') {
      const dataBase64 = Buffer.from(input.bytes).toString('base64');
      result = await call('importFile', { name: input.name, dataBase64, newVersion, ...title });
    } else if (input.kind === 'html') result = await call('pasteArticle', { html: input.html, newVersion, ...title });
    else result = await session.call('addTextClip', { text: input.text, origin: input.origin, ...title });
    return { value: { ...result, clip: clipRecord(result.clip) }, lines: clipLines(result) };
  });
};

/** The record --json prints: the clip as stored, plus the address it was clipped from as `url`. */
function clipRecord(clip: Clip): Clip & { url?: string } {
  return clip.capture.method === 'url' && clip.capture.origin ? { ...clip, url: clip.capture.origin } : clip;
}

function clipLines(result: AddClipResult): string[] {
  const { clip } = result;
  if (result.duplicate) {
    return [
      `This is already clipped as ${clip.id} ("${clip.title}"); nothing was added.`,
      `To keep a new capture beside it, run the same command with --new-version.`,
    ];
  }
  const size = clip.wordCount !== undefined ? `${clip.wordCount.toLocaleString('en')} words` : `${clip.textLength.toLocaleString('en')} characters`;
  const lines = [`Clipped "${clip.title}" as ${clip.id} (${size}).`];
  if (clip.previousVersionId) lines.push(`It is a new version of ${clip.previousVersionId}; both are kept.`);
  if (clip.assets?.length) lines.push(`${clip.assets.length} image${clip.assets.length === 1 ? '' : 's'} kept for reading offline.`);
  for (const warning of clip.extraction?.warnings ?? []) lines.push(`Warning: ${warning}`);
  lines.push(`Mark a claim in it with: ${PROGRAM} claim add ${clip.id} --quote "exact words from the text"`);
  return lines;
}

type ClipMethod = 'clipUrl' | 'importFile' | 'pasteArticle';

/**
 * Clipping calls go through the contract's dispatcher like every other call, on one that also reports
 * progress: to stderr, and only on a terminal, so scripts and --json output see none of it.
 */
function clipCaller(session: NotebookSession, io: CliIo) {
  const onTerminal = (io.stderr as { isTTY?: boolean }).isTTY === true;
  if (!onTerminal) return <M extends ClipMethod>(method: M, input: MethodInput<M>) => session.call(method, input);
  let last = '';
  const onProgress = (progress: ClipProgress) => {
    const line = progressLine(progress);
    if (line !== last) io.stderr.write(`${line}\n`);
    last = line;
  };
  const dispatch = createDispatcher(createHandlers(session.store, undefined, { onProgress }));
  return async <M extends ClipMethod>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> => {
    const result = await dispatch(method, input);
    if (!result.ok) throw new CliError(result.error.code, result.error.message);
    return result.value as MethodResult<M>;
  };
}

function progressLine(progress: ClipProgress): string {
  switch (progress.stage) {
    case 'fetch':
      return 'Fetching the page…';
    case 'extract':
      return 'Reading the article…';
    case 'images':
      return `Keeping images: ${progress.done} of ${progress.total}`;
    case 'save':
      return 'Saving…';
  }
}

/** `clips`: every clip, newest first, fetched a page at a time. */
export const runClips: CommandRunner = (ctx) =>
  ctx.open(async (session) => {
    const clips: ClipSummary[] = [];
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const page = await session.call('listClips', { offset, limit: PAGE_SIZE });
      clips.push(...page.items);
      if (page.items.length < PAGE_SIZE || offset + PAGE_SIZE >= page.total) break;
    }
    const lines =
      clips.length === 0
        ? [`No clips yet. Add one with: ${PROGRAM} clip FILE`]
        : table(
            ['ID', 'DATE', 'CLAIMS', 'TITLE'],
            clips.map((clip) => [clip.id, clip.createdAt.slice(0, 10), String(clip.claimCount), oneLine(clip.title, 100)]),
          );
    return { value: clips, lines };
  });

/** `show <clipId>`: the clip's record, its text, and its claims. */
export const runShow: CommandRunner = (ctx) =>
  ctx.open(async (session) => {
    const detail = await session.call('getClip', { id: ctx.args[0] ?? '' });
    const { clip, text, claims } = detail;
    const origin = clip.capture.origin ? ` from ${clip.capture.origin}` : '';
    const lines = [
      clip.title,
      ...table(
        ['ID', clip.id],
        [
          ['Captured', `${shortTime(clip.capture.capturedAt)}${origin}`],
          ['Length', `${clip.textLength.toLocaleString('en')} characters`],
          ['Claims', String(claims.length)],
        ],
      ),
      '',
      text.trimEnd(),
      '',
      ...(claims.length === 0
        ? [`No claims yet. Mark one with: ${PROGRAM} claim add ${clip.id} --quote "exact words from the text"`]
        : ['Claims:', ...claimRows(claims)]),
    ];
    return { value: { clip, text, claims }, lines };
  });
