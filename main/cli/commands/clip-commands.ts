import type { ClipSummary } from '../../../shared/api/views';
import type { CommandRunner } from '../command-context';
import { PROGRAM } from '../parse-args';
import { readClipInput } from '../read-clip-input';
import { oneLine, shortTime, table } from '../output';
import { claimRows } from './claim-commands';

/** Large enough to list fast, small enough that no call asks the store for everything at once. */
const PAGE_SIZE = 500;

/** `clip <file|->`: read first (so a bad file never opens the notebook), then add through the contract. */
export const runClip: CommandRunner = async (ctx) => {
  ctx.notebookDir();
  const file = ctx.args[0] ?? '-';
  const input = await readClipInput(file, ctx.io);
  return ctx.open(async (session) => {
    const result = await session.call('addTextClip', {
      text: input.text,
      origin: input.origin,
      ...(ctx.options.title !== undefined ? { title: ctx.options.title } : {}),
    });
    const { clip } = result;
    const lines = result.duplicate
      ? [`This text is already clipped as ${clip.id} ("${clip.title}"); nothing was added.`]
      : [`Clipped "${clip.title}" as ${clip.id} (${clip.textLength.toLocaleString('en')} characters).`];
    lines.push(`Mark a claim in it with: ${PROGRAM} claim add ${clip.id} --quote "exact words from the text"`);
    return { value: result, lines };
  });
};

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
