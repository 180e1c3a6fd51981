import { z } from 'zod';
import {
  idSchema,
  personDetailsSchema,
  reliabilitySchema,
  settingsSchema,
  sourceKindSchema,
  stanceSchema,
  statusSchema,
} from '../domain/entities';
import type {
  AddClipResult,
  Claim,
  ClaimDetail,
  ClaimSummary,
  ClipDetail,
  ClipSummary,
  Evidence,
  EvidenceView,
  LocatedSource,
  NotebookInfo,
  Page,
  Settings,
  Source,
  Story,
  Suggestion,
  TrashPage,
  ClipJob,
} from './views';
import { METHOD_NAMES, isMethodName, type MethodName } from './method-names';
import { byId, empty, httpUrl, method, optionalText, paging, text } from './contract-helpers';
import { appContract } from './app-contract';
import { briefContract } from './brief-contract';
import { searchContract } from './search-contract';
import { tooLargeToClip } from '../domain/too-large';

/**
 * The one API contract. Every method is named here once, with the zod schema its input must pass
 * and the type of its result. The IPC host, the preload, the HTTP host, the renderer client and
 * the CLI are all derived from this object, so they cannot drift apart.
 */

/** The largest text a reporter can paste or import in one clip: 5 million characters, a long book. */
export const MAX_CLIP_CHARS = 5_000_000;

/** The largest file (or fetched page) one clip imports: 15 MB, ample for a long report as a PDF. */
export const MAX_IMPORT_BYTES = 15 * 1024 * 1024;

/** Bytes a base64 string decodes to, counted without decoding it. */
export function base64DecodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

const codePoint = z.number().int().min(0).max(MAX_CLIP_CHARS);

const clipUrlInput = z.object({ url: httpUrl, title: optionalText(1000), newVersion: z.boolean().default(false) }).strict();
const importFileInput = z
      .object({
        name: text(500),
        dataBase64: z.string().min(1).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64 data'),
        title: optionalText(1000),
        newVersion: z.boolean().default(false),
      })
      .strict()
      .superRefine((v, ctx) => {
        const bytes = base64DecodedLength(v.dataBase64);
        if (bytes > MAX_IMPORT_BYTES) {
          ctx.addIssue({
            code: 'custom',
            path: ['file'],
            message: tooLargeToClip(`"${v.name}"`, bytes).replace(/\.$/, ''),
          });
        }
      });
const pasteArticleInput = z
      .object({
        html: z.string().max(MAX_IMPORT_BYTES).optional(),
        text: z.string().max(MAX_CLIP_CHARS).optional(),
        title: optionalText(1000),
        newVersion: z.boolean().default(false),
      })
      .strict()
      .refine((v) => Boolean(v.html?.trim() || v.text?.trim()), { message: 'needs the pasted html or text; nothing was pasted' });

export const contract = {
  getNotebookInfo: method<NotebookInfo>()(empty),
  getSettings: method<Settings>()(empty),
  updateSettings: method<Settings>()(
    settingsSchema
      .extend({ organizationUrl: httpUrl.optional().or(z.literal('')) })
      .strict(),
  ),

  listClips: method<Page<ClipSummary>>()(z.object({ storyId: idSchema.optional(), ...paging }).strict()),
  getClip: method<ClipDetail>()(byId),
  /** Where a clip stands in the library (newest first, from 0), so one opened from elsewhere (search) is shown in its row. */
  locateClip: method<{ position: number }>()(byId),
  addTextClip: method<AddClipResult>()(
    z
      .object({
        text: z.string().max(MAX_CLIP_CHARS).refine((s) => s.trim() !== '', 'is empty'),
        title: optionalText(1000),
        origin: optionalText(2000),
      })
      .strict(),
  ),
  addSampleClip: method<AddClipResult>()(empty),
  /** Fetch a web page (or plain text, or a PDF) on the main side and clip it. */
  clipUrl: method<AddClipResult>()(clipUrlInput),
  /** A file the renderer read (dropped or picked) and sent as base64; the name's extension says what it is. */
  importFile: method<AddClipResult>()(importFileInput),
  /** What the reporter pasted: the clipboard's HTML when it had some, and its plain text. */
  pasteArticle: method<AddClipResult>()(pasteArticleInput),
  /**
   * The same three captures as a background job, for the UI: it polls getClipJob for progress
   * (fetch, extract, images n/m, save) and may cancel. A cancelled or failed clip writes nothing.
   */
  startClip: method<{ jobId: string }>()(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('url'), request: clipUrlInput }).strict(),
      z.object({ kind: z.literal('file'), request: importFileInput }).strict(),
      z.object({ kind: z.literal('paste'), request: pasteArticleInput }).strict(),
    ]),
  ),
  getClipJob: method<ClipJob>()(z.object({ jobId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'is not a valid job ID') }).strict()),
  cancelClipJob: method<{ cancelled: boolean }>()(z.object({ jobId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'is not a valid job ID') }).strict()),
  /**
   * Open a link from a clip in the system browser, after the reporter confirmed in the UI. Only parsed
   * http(s) and mailto addresses. Where the host cannot (browser mode), `opened` is false and the
   * renderer opens it in a new browser tab instead.
   */
  openExternal: method<{ opened: boolean }>()(
    z
      .object({
        url: z
          .string()
          .trim()
          .max(4000)
          .pipe(z.url({ protocol: /^(https?|mailto)$/, error: 'must be a web address (http or https) or an email link (mailto)' })),
      })
      .strict(),
  ),

  listClaims: method<Page<ClaimSummary>>()(
    z
      .object({
        clipId: idSchema.optional(),
        status: statusSchema.optional(),
        storyId: idSchema.optional(),
        sourceId: idSchema.optional(),
        ...paging,
      })
      .strict(),
  ),
  getClaim: method<ClaimDetail>()(byId),
  addClaim: method<Claim>()(
    z
      .object({
        clipId: idSchema.optional(),
        quote: optionalText(10_000),
        /** Where the reporter selected the quote (code points), so a quote that appears twice is no problem. */
        start: codePoint.optional(),
        end: codePoint.optional(),
        text: optionalText(10_000),
        note: optionalText(10_000),
      })
      .strict()
      .refine((v) => (v.clipId ? Boolean(v.quote) : Boolean(v.text)), {
        message: 'needs a clip and a quote from it, or the claim text for a claim without a clip',
      })
      .refine((v) => (v.start === undefined) === (v.end === undefined) && (v.start === undefined || v.start < (v.end ?? 0)), {
        message: 'needs both start and end of the selection, with start before end',
      }),
  ),
  updateClaim: method<Claim>()(
    z
      .object({ id: idSchema, text: optionalText(10_000), note: z.string().trim().max(10_000).optional() })
      .strict()
      .refine((v) => v.text !== undefined || v.note !== undefined, { message: 'names nothing to change' }),
  ),
  deleteClaim: method<{ deleted: string }>()(byId),
  restoreClaim: method<Claim>()(byId),
  suggestClaims: method<Suggestion[]>()(
    z.object({ clipId: idSchema, limit: z.number().int().min(1).max(200).default(20) }).strict(),
  ),
  dismissSuggestion: method<{ dismissed: string }>()(z.object({ clipId: idSchema, key: text(200) }).strict()),
  setClaimStatus: method<Claim>()(
    z.object({ id: idSchema, status: statusSchema, rationale: optionalText(20_000) }).strict(),
  ),

  listSources: method<Page<Source>>()(z.object({ kind: sourceKindSchema.optional(), ...paging }).strict()),
  /** One source by id, in the trash or not (its `deletedAt` says which). */
  getSource: method<LocatedSource>()(byId),
  addSource: method<Source>()(
    z
      .object({
        kind: sourceKindSchema.default('web'),
        title: text(1000),
        url: httpUrl.optional(),
        publisher: optionalText(1000),
        author: optionalText(1000),
        publishedDate: optionalText(100),
        accessedDate: optionalText(100),
        notes: optionalText(20_000),
        clipId: idSchema.optional(),
        reliability: reliabilitySchema.optional(),
        person: personDetailsSchema.optional(),
      })
      .strict(),
  ),
  /** Fields left out are kept; a text field sent empty is cleared. */
  updateSource: method<Source>()(
    z
      .object({
        id: idSchema,
        kind: sourceKindSchema.optional(),
        title: text(1000).optional(),
        url: httpUrl.optional().or(z.literal('')),
        publisher: z.string().trim().max(1000).optional(),
        author: z.string().trim().max(1000).optional(),
        publishedDate: z.string().trim().max(100).optional(),
        accessedDate: z.string().trim().max(100).optional(),
        notes: z.string().trim().max(20_000).optional(),
        clipId: idSchema.nullable().optional(),
        reliability: reliabilitySchema.nullable().optional(),
        person: personDetailsSchema.nullable().optional(),
      })
      .strict(),
  ),
  /** A source that evidence uses is deleted only with `force`, after the UI has asked. */
  deleteSource: method<{ deleted: string }>()(z.object({ id: idSchema, force: z.boolean().default(false) }).strict()),
  restoreSource: method<Source>()(byId),

  listEvidence: method<EvidenceView[]>()(z.object({ claimId: idSchema }).strict()),
  addEvidence: method<Evidence>()(
    z
      .object({
        claimId: idSchema,
        sourceId: idSchema,
        stance: stanceSchema,
        quote: optionalText(20_000),
        locator: optionalText(1000),
        note: optionalText(20_000),
      })
      .strict(),
  ),
  removeEvidence: method<{ removed: string }>()(byId),
  restoreEvidence: method<Evidence>()(byId),

  /** The trash a page at a time, claims or sources, newest deletion first; claims come without their history. */
  listTrash: method<TrashPage>()(z.object({ kind: z.enum(['claims', 'sources']), ...paging }).strict()),

  listStories: method<Page<Story>>()(z.object(paging).strict()),
  addStory: method<Story>()(z.object({ title: text(1000), description: optionalText(20_000) }).strict()),
  assignToStory: method<Story>()(
    z
      .object({ storyId: idSchema, clipIds: z.array(idSchema).max(10_000).default([]), claimIds: z.array(idSchema).max(10_000).default([]) })
      .strict()
      .refine((v) => v.clipIds.length + v.claimIds.length > 0, { message: 'names no clip or claim to add to the story' }),
  ),

  ...searchContract,
  ...briefContract,
  ...appContract,
} as const satisfies Record<MethodName, { input: z.ZodType; result: unknown }>;

export type Contract = typeof contract;
export { METHOD_NAMES, isMethodName, type MethodName };

/** What a caller passes (defaults may be left out). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives after validation (defaults filled in). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M]['result'];
