import { createHash } from 'node:crypto';
import type { ParsedInput } from '../../shared/api/contract';
import type { AddClipResult, ClipDetail, ClipSummary, Page } from '../../shared/api/views';
import type { Clip, Capture, Story } from '../../shared/domain/entities';
import { newId } from '../../shared/domain/ids';
import { reanchor } from '../../shared/domain/reanchor';
import { SAMPLE_ARTICLE_TEXT, SAMPLE_ARTICLE_TITLE } from '../assets/sample-article';
import { liveClaims } from './live-records';
import { pageOf } from './paging';
import { requireRecord } from './require-record';
import type { ServiceContext } from './service-context';
import { normaliseText, textToHtml, titleFromText } from './text-body';

function sha256(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

/**
 * Clips, newest first, each with how many claims were marked in it (not counting the trash). With a
 * story, only the clips added to it, in the same order, so the filtered library pages like the whole.
 */
export function listClips(ctx: ServiceContext, input: ParsedInput<'listClips'>): Page<ClipSummary> {
  const { clips } = ctx.store.data;
  let ordered = Object.values(clips).reverse() as Clip[];
  if (input.storyId) {
    const story = requireRecord(ctx.store.data.stories, input.storyId, 'story') as Story;
    const inStory = new Set(story.clipIds);
    ordered = ordered.filter((clip) => inStory.has(clip.id));
  }
  const page = pageOf(ordered, input.offset, input.limit);
  // Counted for this page's clips only, in one pass over the claims.
  const claimCounts = new Map(page.items.map((clip) => [clip.id, 0]));
  for (const claim of liveClaims(ctx)) {
    if (claim.clipId === null) continue;
    const count = claimCounts.get(claim.clipId);
    if (count !== undefined) claimCounts.set(claim.clipId, count + 1);
  }
  return { ...page, items: page.items.map((clip) => ({ ...clip, claimCount: claimCounts.get(clip.id) ?? 0 })) };
}

/** The clip's row in the library, in listClips' order (newest first). */
export function locateClip(ctx: ServiceContext, input: ParsedInput<'locateClip'>): { position: number } {
  requireRecord(ctx.store.data.clips, input.id, 'clip');
  const ids = Object.keys(ctx.store.data.clips);
  return { position: ids.length - 1 - ids.indexOf(input.id) };
}

/** A clip with its bodies and claims: everything the reader needs in one call. */
export async function getClip(ctx: ServiceContext, input: ParsedInput<'getClip'>): Promise<ClipDetail> {
  const clip = requireRecord(ctx.store.data.clips, input.id, 'clip') as Clip;
  const [text, html, fullHtml] = await Promise.all([
    ctx.store.readBody(clip.textSha256, 'txt'),
    ctx.store.readBody(clip.htmlSha256, 'html'),
    // Web pages keep the whole sanitized page too (Readability can drop paragraphs): the reader's "Full page".
    clip.fullHtmlSha256 ? ctx.store.readBody(clip.fullHtmlSha256, 'html') : Promise.resolve(null),
  ]);
  // Claims in the trash stay out of the reader; every other claim is re-anchored in the text, and an
  // orphaned one comes back as such (never dropped) so the reader can show its quote.
  const claims = liveClaims(ctx)
    .filter((claim) => claim.clipId === clip.id)
    .map((claim) => ({ ...claim, resolved: claim.anchor ? reanchor(text, claim.anchor) : null }));
  return { clip, text, html, fullHtml, claims };
}

interface NewTextClip {
  text: string;
  title?: string | undefined;
  method: Capture['method'];
  origin?: string | undefined;
}

/**
 * Store a text clip: bodies first (so metadata never points at a missing file), then one journalled
 * op. The same text clipped again returns the existing clip instead of a silent copy.
 */
export async function addText(ctx: ServiceContext, input: NewTextClip): Promise<AddClipResult> {
  const bytesSha256 = sha256(input.text);
  const text = normaliseText(input.text);
  const textSha256 = sha256(text);
  const existing = Object.values(ctx.store.data.clips).find((clip) => clip.textSha256 === textSha256);
  if (existing) return { clip: existing as Clip, duplicate: true };

  const html = textToHtml(text);
  await ctx.store.putBody(text, 'txt');
  const htmlSha256 = await ctx.store.putBody(html, 'html');
  const now = ctx.now();
  const clip: Clip = {
    id: newId(),
    title: input.title?.trim() || titleFromText(text),
    htmlSha256,
    textSha256,
    textLength: Array.from(text).length,
    capture: {
      method: input.method,
      ...(input.origin ? { origin: input.origin } : {}),
      capturedAt: now,
      bytesSha256,
      byteLength: Buffer.byteLength(input.text, 'utf8'),
    },
    createdAt: now,
    updatedAt: now,
  };
  await ctx.store.commit([{ type: 'clip.put', clip }]);
  return { clip, duplicate: false };
}

export function addTextClip(ctx: ServiceContext, input: ParsedInput<'addTextClip'>): Promise<AddClipResult> {
  return addText(ctx, { text: input.text, title: input.title, method: 'text', origin: input.origin });
}

/** The bundled sample article, so an empty notebook has something to practise on. */
export function addSampleClip(ctx: ServiceContext): Promise<AddClipResult> {
  return addText(ctx, {
    text: SAMPLE_ARTICLE_TEXT,
    title: SAMPLE_ARTICLE_TITLE,
    method: 'sample',
    origin: 'Newsroom Notebook sample article',
  });
}
