import { ID_PATTERN } from '../../../shared/domain/ids';
import { BRIEF_FORMATS, BRIEF_FORMAT_FILES, type BriefFormat } from '../../../shared/domain/brief-formats';
import type { BriefScope } from '../../briefs/brief-model';
import { usageError } from '../cli-error';
import type { CommandContext, CommandRunner } from '../command-context';
import { plural } from '../output';
import { PROGRAM } from '../parse-args';
import { checkOutPath, outPath, progressPrinter, writeOutFile } from './output-file';

const SCOPE_HELP = 'Give exactly one of --clip ID, --story ID or --claims ID,ID';

function checkId(id: string, what: string): string {
  if (!ID_PATTERN.test(id)) throw usageError(`"${id}" is not a ${what} ID (26 letters and digits, as "${PROGRAM} clips" or "${PROGRAM} claims" print them).`);
  return id;
}

/** Exactly one scope, its IDs well formed, before the notebook is opened. */
export function briefScope(ctx: CommandContext): BriefScope {
  const { clip, story, claims } = ctx.options;
  const given = [clip, story, claims].filter((value) => value !== undefined);
  if (given.length === 0) throw usageError(`"brief" needs a scope: what the brief covers. ${SCOPE_HELP}.`);
  if (given.length > 1) throw usageError(`"brief" covers one scope at a time. ${SCOPE_HELP}, not several.`);
  if (clip !== undefined) return { kind: 'clip', clipId: checkId(clip.trim(), 'clip') };
  if (story !== undefined) return { kind: 'story', storyId: checkId(story.trim(), 'story') };
  const ids = (claims ?? '').split(',').map((id) => id.trim()).filter((id) => id !== '');
  if (ids.length === 0) throw usageError('--claims needs claim IDs separated by commas, e.g. --claims 01J...,01J...');
  return { kind: 'claims', claimIds: [...new Set(ids.map((id) => checkId(id, 'claim')))] };
}

export function briefFormat(ctx: CommandContext): BriefFormat {
  const format = (ctx.options.format ?? '').trim().toLowerCase();
  if (!(BRIEF_FORMATS as readonly string[]).includes(format)) {
    const list = BRIEF_FORMATS.map((f) => `${f} (${BRIEF_FORMAT_FILES[f].label})`).join(', ');
    throw usageError(`Unknown format "${ctx.options.format ?? ''}". The formats are: ${list}.`);
  }
  return format as BriefFormat;
}

/**
 * `brief`: scope, format and --out are checked first (a mistake costs nothing), then the brief is
 * rendered with the notebook open and written whole or not at all, so --out never holds half a file.
 */
export const runBrief: CommandRunner = async (ctx) => {
  const scope = briefScope(ctx);
  const format = briefFormat(ctx);
  const out = outPath(ctx);
  await checkOutPath(out);
  const includeOpen = ctx.options['include-open'] === true;
  return ctx.open(async (session) => {
    const progress = progressPrinter(ctx);
    // Loaded here, not at start-up: the renderers (docx, playwright-core) are only needed by `brief`.
    const [{ renderBrief }, { createChromiumPdfPrinter }] = await Promise.all([
      import('../../briefs/render-brief'),
      import('../../briefs/pdf/chromium-pdf-printer'),
    ]);
    const serviceContext = { store: session.store, now: () => new Date().toISOString() };
    const rendered = await renderBrief(serviceContext, { scope, includeOpen }, format, {
      pdfPrinter: createChromiumPdfPrinter(),
      ...(progress ? { onProgress: progress } : {}),
    });
    await writeOutFile(out, rendered.bytes);
    const { model } = rendered;
    // The model carries the format's warnings too (ClaimReview without the organization's URL), in the app's words.
    const warnings = [...model.warnings];
    const lines = [
      `Wrote the ${BRIEF_FORMAT_FILES[format].label} brief "${model.title}" to ${out}: ${plural(model.claims.length, 'checked claim')}${includeOpen ? `, ${plural(model.openClaims.length, 'open claim')}` : ''}, ${plural(model.citations.length, 'source')} cited.`,
      ...warnings.map((warning) => `Warning: ${warning}`),
    ];
    return {
      value: {
        file: out,
        format,
        bytes: rendered.bytes.length,
        mimeType: rendered.mimeType,
        title: model.title,
        claims: model.claims.map((claim) => ({ id: claim.id, status: claim.status })),
        openClaims: model.openClaims.length,
        warnings,
      },
      lines,
    };
  });
};
