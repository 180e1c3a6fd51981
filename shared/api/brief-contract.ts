import { z } from 'zod';
import { BRIEF_FORMATS } from '../domain/brief-formats';
import { idSchema, statusSchema } from '../domain/entities';
import type { BriefMethodName } from './brief-method-names';
import type { BriefExportFile, BriefExportJob, BriefPreview, BriefSaveResult } from './brief-views';
import { method, optionalText } from './contract-helpers';

const jobId = z.object({ jobId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'is not a valid job ID') }).strict();

/**
 * What a brief covers and how: exactly one of a clip, a story or chosen claims; a status filter;
 * whether claims still being checked get their own section; an optional title and summary.
 */
const briefFields = {
  clipId: idSchema.optional(),
  storyId: idSchema.optional(),
  claimIds: z.array(idSchema).min(1).max(10_000).optional(),
  statuses: z.array(statusSchema).max(6).optional(),
  includeOpen: z.boolean().default(false),
  title: optionalText(500),
  summary: optionalText(5_000),
};

function oneScope(v: { clipId?: string | undefined; storyId?: string | undefined; claimIds?: string[] | undefined }): boolean {
  return [v.clipId, v.storyId, v.claimIds].filter((x) => x !== undefined).length === 1;
}
const SCOPE_MESSAGE = { message: 'needs exactly one of clipId, storyId or claimIds: what the brief covers' };

export const briefInput = z.object(briefFields).strict().refine(oneScope, SCOPE_MESSAGE);
export const briefExportInput = z
  .object({ ...briefFields, format: z.enum(BRIEF_FORMATS) })
  .strict()
  .refine(oneScope, SCOPE_MESSAGE);

/** The briefs section of the contract (issue 5): preview and export of verified briefs. */
export const briefContract = {
  /** The brief as HTML with its warnings (open claims left out, by name) and counts, for the export dialog. */
  previewBrief: method<BriefPreview>()(briefInput),
  /** Render the brief in one format in the background; poll getBriefExportJob for its steps. */
  startBriefExport: method<{ jobId: string }>()(briefExportInput),
  getBriefExportJob: method<BriefExportJob>()(jobId),
  /** The finished file, base64, for browser mode's download. */
  getBriefExportFile: method<BriefExportFile>()(jobId),
  /** Save the finished file where the reporter chooses (Electron's save dialog); unavailable elsewhere. */
  saveBriefExport: method<BriefSaveResult>()(jobId),
} as const satisfies Record<BriefMethodName, { input: z.ZodType; result: unknown }>;
