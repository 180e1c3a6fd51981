import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import type { Clip } from '../../../shared/domain/entities';
import { imageMediaType } from '../../clipper/assets/image-types';
import type { ServiceContext } from '../../services/service-context';
import type { BriefModel } from '../brief-model';
import { renderClaimReview } from '../formats/claim-review';
import { renderBriefHtml } from '../formats/brief-html';
import { renderBriefMarkdown } from '../formats/brief-markdown';
import { renderBriefPdf } from '../formats/brief-pdf';
import { renderWebAnnotations } from '../formats/web-annotations';
import type { PdfPrinter } from '../pdf/pdf-printer';
import { stopIfClosing } from '../brief-closing';
import { packBundle, type BundleFile } from './bundle-manifest';
import { jsonLdBytes } from '../formats/json-ld';

export interface EvidenceBundleDeps {
  pdfPrinter: PdfPrinter;
  onProgress?: (step: string) => void;
  /** Aborted when the notebook closes: the bundle stops before reading the next clip's files. */
  signal?: AbortSignal;
}

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

/**
 * Every cited clip as it was captured: the stored article HTML and plain text byte for byte (so
 * their SHA-256 match the capture record in clips/<id>.json and the brief), the whole page when it
 * was kept, and its images. Stored HTML points at `../assets/<sha256>.<ext>`, so with the images in
 * the bundle's assets/ the clip pages open offline straight from the unzipped folder.
 */
async function clipFiles(ctx: ServiceContext, clip: Clip, assetsSeen: Set<string>): Promise<BundleFile[]> {
  const files: BundleFile[] = [
    { path: `clips/${clip.id}.json`, data: jsonLdBytes(clip), mediatype: 'application/json' },
    { path: `clips/${clip.id}.html`, data: utf8(await ctx.store.readBody(clip.htmlSha256, 'html')), mediatype: 'text/html' },
    { path: `clips/${clip.id}.txt`, data: utf8(await ctx.store.readBody(clip.textSha256, 'txt')), mediatype: 'text/plain' },
  ];
  if (clip.fullHtmlSha256) {
    files.push({ path: `clips/${clip.id}.page.html`, data: utf8(await ctx.store.readBody(clip.fullHtmlSha256, 'html')), mediatype: 'text/html' });
  }
  for (const asset of clip.assets ?? []) {
    const name = `${asset.sha256}.${asset.ext}`;
    if (assetsSeen.has(name)) continue;
    assetsSeen.add(name);
    let data: Uint8Array;
    try {
      data = await fsp.readFile(join(ctx.store.dir, 'assets', name));
    } catch {
      // An image lost from the notebook (check reports it) should not stop the bundle: the page reads without it.
      continue;
    }
    files.push({ path: `assets/${name}`, data, mediatype: imageMediaType(asset.ext) ?? 'application/octet-stream' });
  }
  return files;
}

/**
 * The evidence bundle: the brief in HTML, Markdown and PDF, its ClaimReview and Web Annotation
 * JSON-LD, every cited clip's stored HTML, text and images, and manifest.json with the SHA-256 of
 * each (bundle-manifest.ts), so `verify-bundle` can prove later that nothing was changed.
 */
export async function buildEvidenceBundle(ctx: ServiceContext, model: BriefModel, deps: EvidenceBundleDeps): Promise<Uint8Array> {
  const progress = deps.onProgress ?? (() => undefined);
  progress('Writing the brief');
  const files: BundleFile[] = [
    { path: 'brief.html', data: utf8(renderBriefHtml(model)), mediatype: 'text/html' },
    { path: 'brief.md', data: utf8(renderBriefMarkdown(model)), mediatype: 'text/markdown' },
  ];
  progress('Printing the PDF');
  const pdf = await renderBriefPdf(model, deps.pdfPrinter);
  stopIfClosing(deps.signal);
  files.push({ path: 'brief.pdf', data: pdf, mediatype: 'application/pdf' });
  files.push({ path: 'claimreview.jsonld', data: jsonLdBytes(renderClaimReview(model)), mediatype: 'application/ld+json' });
  files.push({ path: 'annotations.jsonld', data: jsonLdBytes(renderWebAnnotations(model)), mediatype: 'application/ld+json' });
  const assetsSeen = new Set<string>();
  let done = 0;
  for (const clipId of model.clipIds) {
    stopIfClosing(deps.signal);
    progress(`Adding clips: ${++done} of ${model.clipIds.length}`);
    const clip = ctx.store.data.clips[clipId] as Clip | undefined;
    if (clip) files.push(...(await clipFiles(ctx, clip, assetsSeen)));
  }
  progress('Writing the manifest');
  return packBundle(files, { title: model.title, created: model.generatedAt });
}
