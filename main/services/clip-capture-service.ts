import type { ParsedInput } from '../../shared/api/contract';
import type { AddClipResult } from '../../shared/api/views';
import type { ClipProgress } from '../clipper/clipper-types';
import type { ClipStages } from '../clipper/pipeline/clip-stages';
import { clipFromFile, clipFromPaste, clipFromUrl } from '../clipper/pipeline/clip-sources';
import type { ServiceContext } from './service-context';

/**
 * The clipping methods of the API: a URL, an imported file, a paste. Each runs the clip pipeline with
 * the given stages (the real ones in the app, fakes in tests); the pipeline writes nothing unless the
 * whole clip succeeds.
 */

export interface ClipCaptureContext extends ServiceContext {
  stages: ClipStages;
  onProgress?: ((progress: ClipProgress) => void) | undefined;
}

export function clipUrl(ctx: ClipCaptureContext, input: ParsedInput<'clipUrl'>): Promise<AddClipResult> {
  return clipFromUrl(ctx, { url: input.url, title: input.title, newVersion: input.newVersion, onProgress: ctx.onProgress });
}

export function importFile(ctx: ClipCaptureContext, input: ParsedInput<'importFile'>): Promise<AddClipResult> {
  const bytes = new Uint8Array(Buffer.from(input.dataBase64, 'base64'));
  return clipFromFile(ctx, { name: input.name, bytes, title: input.title, newVersion: input.newVersion, onProgress: ctx.onProgress });
}

export function pasteArticle(ctx: ClipCaptureContext, input: ParsedInput<'pasteArticle'>): Promise<AddClipResult> {
  return clipFromPaste(ctx, { html: input.html, text: input.text, title: input.title, newVersion: input.newVersion, onProgress: ctx.onProgress });
}
