import type { ParsedInput } from '../../shared/api/contract';
import type { AddClipResult } from '../../shared/api/views';
import type { ClipProgress } from '../clipper/clipper-types';
import type { ClipStages, StageOptions } from '../clipper/pipeline/clip-stages';
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

/**
 * What one call may add: a signal to cancel it and a listener for its own progress (a background
 * job has both). The context's listener, when there is one, hears every clip too.
 */
function runOptions(ctx: ClipCaptureContext, run: StageOptions): StageOptions {
  const listeners = [ctx.onProgress, run.onProgress].filter((listener) => listener !== undefined);
  const onProgress = listeners.length === 0 ? undefined : (progress: ClipProgress) => listeners.forEach((listener) => listener(progress));
  return { signal: run.signal, onProgress };
}

export function clipUrl(ctx: ClipCaptureContext, input: ParsedInput<'clipUrl'>, run: StageOptions = {}): Promise<AddClipResult> {
  return clipFromUrl(ctx, { url: input.url, title: input.title, newVersion: input.newVersion, ...runOptions(ctx, run) });
}

export function importFile(ctx: ClipCaptureContext, input: ParsedInput<'importFile'>, run: StageOptions = {}): Promise<AddClipResult> {
  const bytes = new Uint8Array(Buffer.from(input.dataBase64, 'base64'));
  return clipFromFile(ctx, { name: input.name, bytes, title: input.title, newVersion: input.newVersion, ...runOptions(ctx, run) });
}

export function pasteArticle(ctx: ClipCaptureContext, input: ParsedInput<'pasteArticle'>, run: StageOptions = {}): Promise<AddClipResult> {
  return clipFromPaste(ctx, { html: input.html, text: input.text, title: input.title, newVersion: input.newVersion, ...runOptions(ctx, run) });
}

/** One of the three captures, as startClip names it: the same pipeline the direct methods run. */
export function runClipRequest(ctx: ClipCaptureContext, input: ParsedInput<'startClip'>, run: StageOptions): Promise<AddClipResult> {
  switch (input.kind) {
    case 'url':
      return clipUrl(ctx, input.request, run);
    case 'file':
      return importFile(ctx, input.request, run);
    case 'paste':
      return pasteArticle(ctx, input.request, run);
  }
}
