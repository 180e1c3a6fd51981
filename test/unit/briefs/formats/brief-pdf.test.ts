import { describe, expect, it } from 'vitest';
import { buildBriefModel } from '../../../../main/briefs/brief-builder';
import { renderBriefPdf } from '../../../../main/briefs/formats/brief-pdf';
import { createChromiumPdfPrinter } from '../../../../main/briefs/pdf/chromium-pdf-printer';
import { findChromium } from '../../../support/e2e-chromium';
import { BRIEF_QUOTES, createBriefNotebook } from '../../../support/brief-notebook';
import { pdfPageTexts } from '../../../support/pdf-text';

const chromium = findChromium();

/** Text as PDF.js gives it: lines wrap anywhere (even after a hyphen), so compare without whitespace. */
function folded(text: string): string {
  return text.replace(/\s+/g, '');
}

/** On CI a Chromium is installed first (.ci/run), so these run there and fail rather than skip when it is missing. */
describe.skipIf(!chromium && !process.env.CI)('renderBriefPdf with headless Chromium', () => {
  it('prints a PDF whose selectable text holds each claim and verdict, with page numbers in the footer', { timeout: 60_000 }, async () => {
    const nb = await createBriefNotebook();
    const model = await buildBriefModel(nb.ctx, { scope: { kind: 'clip', clipId: nb.clip.id }, includeOpen: true });
    const bytes = await renderBriefPdf(model, createChromiumPdfPrinter());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const pages = await pdfPageTexts(bytes);
    const all = folded(pages.join(' '));
    for (const quote of Object.values(BRIEF_QUOTES)) expect(all).toContain(folded(quote));
    expect(all).toContain(folded('Verdict: False'));
    expect(all.match(/Verdict:Verified/g)).toHaveLength(2);
    expect(all).toContain(folded('Still being checked'));
    expect(all).toContain(nb.treatyClip.htmlSha256.slice(0, 16));
    pages.forEach((page, index) => expect(folded(page)).toContain(`Page${index + 1}of${pages.length}`));
  });
});

describe('createChromiumPdfPrinter without a Chromium', () => {
  it('says what to install instead of failing obscurely', async () => {
    const printer = createChromiumPdfPrinter({ executablePath: '/nonexistent/chromium' });
    await expect(printer('<p>x</p>')).rejects.toMatchObject({ code: 'unavailable', message: expect.stringContaining('/nonexistent/chromium could not start') });
  });
});
