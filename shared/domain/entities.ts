import { z } from 'zod';
import { STATUSES } from './status';

/**
 * The notebook's data model, as zod schemas: the same schemas validate what is read from disk,
 * what arrives over IPC/HTTP/CLI, and type everything in between.
 */

export const idSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'is not a valid ID');
export const isoTimeSchema = z.iso.datetime({ offset: false });
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 hex digest');
export const statusSchema = z.enum(STATUSES);

/** W3C Web Annotation TextQuoteSelector: the exact words plus context either side. */
export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});

/** W3C Web Annotation TextPositionSelector over the clip's plain text, counted in Unicode code points. */
export const textPositionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const anchorSchema = z.object({
  quote: textQuoteSelectorSchema,
  position: textPositionSelectorSchema,
});

export const captureSchema = z.object({
  /** How the clip arrived: typed/pasted text, a file, a URL, or the bundled sample. */
  method: z.enum(['text', 'file', 'url', 'paste', 'sample']),
  /** A file name or URL, when there was one. */
  origin: z.string().optional(),
  /** After redirects, for a URL. */
  finalUrl: z.string().optional(),
  httpStatus: z.number().int().optional(),
  /** The MIME type received (text/html, application/pdf, ...). */
  contentType: z.string().optional(),
  /** The character set the bytes were decoded with, and how it was found (header, bom, meta, sniff). */
  charset: z.string().optional(),
  charsetSource: z.enum(['header', 'bom', 'meta', 'sniff', 'default']).optional(),
  capturedAt: isoTimeSchema,
  /** SHA-256 of the bytes received, before any cleaning. */
  bytesSha256: sha256Schema,
  byteLength: z.number().int().nonnegative(),
});

export const clipSchema = z.object({
  id: idSchema,
  title: z.string(),
  byline: z.string().optional(),
  siteName: z.string().optional(),
  publishedTime: z.string().optional(),
  canonicalUrl: z.string().optional(),
  lang: z.string().optional(),
  excerpt: z.string().optional(),
  /** Content addresses of the stored bodies: clips/<htmlSha256>.html and clips/<textSha256>.txt. */
  htmlSha256: sha256Schema,
  textSha256: sha256Schema,
  /** Length of the plain text in code points, so lists can show size without loading bodies. */
  textLength: z.number().int().nonnegative(),
  wordCount: z.number().int().nonnegative().optional(),
  /** Text direction of the article, when the page declares it. */
  dir: z.enum(['ltr', 'rtl', 'auto']).optional(),
  /**
   * The whole sanitized page, kept beside the extracted article because Readability can drop first and
   * last paragraphs: clips/<fullHtmlSha256>.html and clips/<fullTextSha256>.txt.
   */
  fullHtmlSha256: sha256Schema.optional(),
  fullTextSha256: sha256Schema.optional(),
  extraction: z
    .object({
      /** False when Readability found no article and the clip is the whole sanitized page. */
      articleFound: z.boolean(),
      /** True when the article holds under 60% of the page's main-text paragraphs. */
      mayBeIncomplete: z.boolean(),
      warnings: z.array(z.string()),
    })
    .optional(),
  /**
   * Images captured with the clip (assets/<sha256>.<ext>), so it reads offline. The extension is a
   * path component, so it is held to letters and digits: nothing can make it reach outside assets/.
   */
  assets: z.array(z.object({ sha256: sha256Schema, ext: z.string().regex(/^[a-z0-9]{1,10}$/, 'is not a file extension'), originalUrl: z.string() })).optional(),
  /** For a PDF: where each page's text sits in the plain text (code points), for page locators. */
  pages: z.array(z.object({ page: z.number().int().positive(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })).optional(),
  /** The earlier capture of the same article, when this one was taken as a new version. */
  previousVersionId: idSchema.optional(),
  capture: captureSchema,
  /** Keys of claim suggestions the reporter dismissed, so they stay hidden. */
  dismissedSuggestions: z.array(z.string().max(200)).optional(),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});

export const historyEntrySchema = z.object({
  from: statusSchema.nullable(),
  to: statusSchema,
  at: isoTimeSchema,
  rationale: z.string(),
  /** SHA-256 of the previous entry (or of the claim's genesis for the first), making history a hash chain. */
  prevSha256: sha256Schema,
});

export const claimSchema = z.object({
  id: idSchema,
  /** The clip the claim was marked in, or null for a claim typed in from an interview or a press release. */
  clipId: idSchema.nullable(),
  text: z.string().min(1),
  anchor: anchorSchema.nullable(),
  note: z.string().optional(),
  status: statusSchema,
  history: z.array(historyEntrySchema).min(1),
  /** Set when the claim is in the trash; cleared when restored. Nothing is ever hard-deleted. */
  deletedAt: isoTimeSchema.optional(),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});

export const SOURCE_KINDS = ['web', 'document', 'person', 'dataset', 'record', 'other'] as const;
export const sourceKindSchema = z.enum(SOURCE_KINDS);

export const RELIABILITY_RATINGS = ['high', 'medium', 'low', 'unknown'] as const;

/** How far the reporter trusts a source, with the reason in a few words. */
export const reliabilitySchema = z.object({
  rating: z.enum(RELIABILITY_RATINGS),
  reason: z.string().max(2000),
});

/** For a person interviewed: who they are, how and when they were reached, and whether they may be named. */
export const personDetailsSchema = z.object({
  role: z.string().max(1000).optional(),
  contactMethod: z.string().max(1000).optional(),
  contactedAt: z.string().max(100).optional(),
  mayBeNamed: z.boolean(),
});

export const sourceSchema = z.object({
  id: idSchema,
  kind: sourceKindSchema,
  title: z.string().min(1),
  url: z.string().optional(),
  publisher: z.string().optional(),
  author: z.string().optional(),
  publishedDate: z.string().optional(),
  accessedDate: z.string().optional(),
  notes: z.string().optional(),
  /** A clip holding the captured snapshot of this source, when there is one. */
  clipId: idSchema.optional(),
  reliability: reliabilitySchema.optional(),
  person: personDetailsSchema.optional(),
  deletedAt: isoTimeSchema.optional(),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});

export const STANCES = ['supports', 'contradicts', 'context'] as const;
export const stanceSchema = z.enum(STANCES);

export const evidenceSchema = z.object({
  id: idSchema,
  claimId: idSchema,
  sourceId: idSchema,
  stance: stanceSchema,
  quote: z.string().optional(),
  /** When the source is a clip, where the quote sits in it (W3C selectors, like a claim's). */
  anchor: anchorSchema.optional(),
  locator: z.string().optional(),
  note: z.string().optional(),
  /** Set when the link was removed; kept so an unlink can be undone. */
  deletedAt: isoTimeSchema.optional(),
  createdAt: isoTimeSchema,
});

export const storySchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  description: z.string().optional(),
  clipIds: z.array(idSchema),
  claimIds: z.array(idSchema),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});

export const settingsSchema = z.object({
  organizationName: z.string().max(200).optional(),
  organizationUrl: z.string().max(2000).optional(),
  reporterName: z.string().max(200).optional(),
});

export type Anchor = z.infer<typeof anchorSchema>;
export type Capture = z.infer<typeof captureSchema>;
export type Clip = z.infer<typeof clipSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type Claim = z.infer<typeof claimSchema>;
export type SourceKind = z.infer<typeof sourceKindSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Stance = z.infer<typeof stanceSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Story = z.infer<typeof storySchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type Reliability = z.infer<typeof reliabilitySchema>;
export type PersonDetails = z.infer<typeof personDetailsSchema>;
