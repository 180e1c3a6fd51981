import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../main/api/dispatch';
import type { BriefHandlerOptions } from '../../../main/briefs/brief-handlers';
import { createHandlers } from '../../../main/services/handlers';
import type { BriefExportFile, BriefExportJob, BriefPreview, BriefSaveResult } from '../../../shared/api/brief-views';
import type { ApiResult } from '../../../shared/api/result';
import { AppError } from '../../../shared/api/result';
import { BRIEF_QUOTES, createBriefNotebook } from '../../support/brief-notebook';

async function setup(briefs: BriefHandlerOptions = {}) {
  const nb = await createBriefNotebook();
  const dispatch = createDispatcher(createHandlers(nb.store, nb.ctx.now, { briefs }));
  async function call<T>(method: string, input: unknown): Promise<T> {
    const result = (await dispatch(method, input)) as ApiResult<T>;
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  }
  async function finished(jobId: string): Promise<BriefExportJob> {
    for (let i = 0; i < 200; i++) {
      const job = await call<BriefExportJob>('getBriefExportJob', { jobId });
      if (job.state !== 'running') return job;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error('export did not finish');
  }
  return { nb, dispatch, call, finished };
}

describe('the briefs API', () => {
  it('previews a clip brief as HTML with the open claims named in a warning', async () => {
    const { nb, call } = await setup();
    const preview = await call<BriefPreview>('previewBrief', { clipId: nb.clip.id });
    expect(preview.html).toContain('<h1>Fact-check brief: US to give Ukraine anti-personnel land mines</h1>');
    expect(preview.html).not.toContain('<script');
    expect(preview.warnings[0]).toContain(BRIEF_QUOTES.russiaUsing);
    expect(preview.openClaims.map((c) => c.verdict)).toEqual(['Unverified', 'In progress']);
    expect(preview.counts).toEqual({ claims: 3, open: 2, citations: 4, byStatus: { false: 1, verified: 2 } });
    const withOpen = await call<BriefPreview>('previewBrief', { storyId: nb.story.id, includeOpen: true, statuses: ['verified'] });
    expect(withOpen.counts.byStatus).toEqual({ verified: 2, unverified: 1, in_progress: 1 });
    expect(withOpen.html).toContain('Still being checked');
  });

  it('exports in the background, then hands over the file to download', async () => {
    const { nb, call, finished } = await setup();
    const { jobId } = await call<{ jobId: string }>('startBriefExport', { claimIds: [nb.claims.ottawa.id], format: 'md', title: 'Ottawa' });
    const job = await finished(jobId);
    expect(job).toMatchObject({ state: 'done', format: 'md', fileName: 'ottawa-2025-03-01.md', mimeType: 'text/markdown; charset=utf-8' });
    const file = await call<BriefExportFile>('getBriefExportFile', { jobId });
    const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    expect(text).toMatch(/^# Ottawa\n/);
    expect(text).toContain(BRIEF_QUOTES.ottawa);
    expect(Buffer.byteLength(text)).toBe(job.byteLength);
    expect(await call<BriefSaveResult>('saveBriefExport', { jobId })).toEqual({ saved: false, reason: 'unavailable' });
  });

  it('shows each step of a slow format and prints through the printer it was given', async () => {
    let release!: () => void;
    const printed: string[] = [];
    const { nb, call, finished } = await setup({
      pdfPrinter: async (html) => {
        printed.push(html);
        await new Promise<void>((resolve) => (release = resolve));
        return new Uint8Array(Buffer.from('%PDF-1.7 fake'));
      },
    });
    const { jobId } = await call<{ jobId: string }>('startBriefExport', { clipId: nb.clip.id, format: 'pdf' });
    await expect.poll(() => printed.length).toBe(1);
    expect(await call<BriefExportJob>('getBriefExportJob', { jobId })).toMatchObject({ state: 'running', step: 'Printing the PDF' });
    const early = await call<unknown>('getBriefExportFile', { jobId }).catch((e: Error) => e.message);
    expect(early).toContain('still being made');
    release();
    expect(await finished(jobId)).toMatchObject({ state: 'done', step: 'Done', fileName: 'fact-check-brief-us-to-give-ukraine-anti-personnel-land-2025-03-01.pdf' });
    expect(printed[0]).toContain(BRIEF_QUOTES.washington);
  });

  it('reports a failed export with the reason, and nothing to download', async () => {
    const { nb, call, finished } = await setup({
      pdfPrinter: async () => {
        throw new AppError('unavailable', 'PDF export needs Chromium or Google Chrome, and none was found.');
      },
    });
    const { jobId } = await call<{ jobId: string }>('startBriefExport', { clipId: nb.clip.id, format: 'pdf' });
    expect(await finished(jobId)).toMatchObject({ state: 'failed', error: { code: 'unavailable', message: expect.stringContaining('needs Chromium') } });
    await expect(call('getBriefExportFile', { jobId })).rejects.toThrow(/That export failed/);
    const { jobId: bad } = await call<{ jobId: string }>('startBriefExport', { clipId: nb.treatyClip.id, format: 'md' });
    expect(await finished(bad)).toMatchObject({ state: 'failed', error: { code: 'invalid_input', message: expect.stringContaining('has no claims yet') } });
  });

  it('saves through the host when it has a save dialog, and says when the reporter cancelled', async () => {
    const saved: Array<{ fileName: string; size: number }> = [];
    let answer: string | null = '/home/ana/briefs/brief.docx';
    const { nb, call, finished } = await setup({
      saveFile: async (file) => {
        saved.push({ fileName: file.fileName, size: file.bytes.byteLength });
        return answer;
      },
    });
    const { jobId } = await call<{ jobId: string }>('startBriefExport', { clipId: nb.clip.id, format: 'docx' });
    const job = await finished(jobId);
    expect(await call<BriefSaveResult>('saveBriefExport', { jobId })).toEqual({ saved: true, path: '/home/ana/briefs/brief.docx' });
    expect(saved).toEqual([{ fileName: job.fileName, size: job.byteLength }]);
    answer = null;
    expect(await call<BriefSaveResult>('saveBriefExport', { jobId })).toEqual({ saved: false, reason: 'cancelled' });
  });

  it('warns that a ClaimReview has no url until the organization is set, and then carries it', async () => {
    // The bundle prints a PDF too: a stand-in printer keeps Chromium out of this test.
    const { nb, call, finished } = await setup({ pdfPrinter: async () => new Uint8Array(Buffer.from('%PDF-1.7 fake')) });
    const exported = async (format: string) => {
      const { jobId } = await call<{ jobId: string }>('startBriefExport', { clipId: nb.clip.id, format });
      return finished(jobId);
    };
    // A field sent empty is cleared: this notebook starts with no organization and no reporter.
    await call('updateSettings', { organizationName: '', organizationUrl: '', reporterName: '' });
    const bare = await exported('claimreview');
    expect(bare.warnings).toContain("The ClaimReview has no url, which Google requires, and no author: set your organization's name and URL in the notebook's Settings (in the CLI: settings --organization NAME --organization-url URL), then export again.");
    // A format without ClaimReview is not nagged about it.
    expect((await exported('md')).warnings?.join(' ')).not.toContain('ClaimReview');

    await call('updateSettings', { organizationName: 'Gazette Fact Desk' });
    expect((await exported('bundle')).warnings).toContain("The ClaimReview has no url, which Google requires: set your organization's URL in the notebook's Settings (in the CLI: settings --organization NAME --organization-url URL), then export again.");

    await call('updateSettings', { organizationUrl: 'https://gazette.example/checks' });
    const done = await exported('claimreview');
    expect(done.warnings?.join(' ')).not.toContain('ClaimReview');
    const file = await call<BriefExportFile>('getBriefExportFile', { jobId: done.jobId });
    const doc = JSON.parse(Buffer.from(file.dataBase64, 'base64').toString('utf8')) as { '@graph': Array<{ url: string; author: unknown }> };
    expect(doc['@graph'][0]!.author).toEqual({ '@type': 'Organization', name: 'Gazette Fact Desk', url: 'https://gazette.example/checks' });
    expect(doc['@graph'][0]!.url).toMatch(/^https:\/\/gazette\.example\/checks#claim-/);
  });

  it('answers an unknown export clearly', async () => {
    const { dispatch } = await setup();
    const result = await dispatch('getBriefExportJob', { jobId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('Export the brief again') } });
  });
});
