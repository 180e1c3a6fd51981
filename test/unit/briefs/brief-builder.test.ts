import { describe, expect, it } from 'vitest';
import { buildBriefModel } from '../../../main/briefs/brief-builder';
import { AppError } from '../../../shared/api/result';
import { BRIEF_QUOTES, BRIEF_RATIONALES, createBriefNotebook } from '../../support/brief-notebook';

describe('buildBriefModel on the checked sample article', () => {
  it('keeps the final verdicts in reading order, each with its rationale and where it appeared', async () => {
    const nb = await createBriefNotebook();
    const model = await buildBriefModel(nb.ctx, { scope: { kind: 'clip', clipId: nb.clip.id }, includeOpen: false });
    expect(model.claims.map((c) => [c.text, c.verdict])).toEqual([
      [BRIEF_QUOTES.washington, 'False'],
      [BRIEF_QUOTES.ottawa, 'Verified'],
      [BRIEF_QUOTES.notSigned, 'Verified'],
    ]);
    const ottawa = model.claims.find((c) => c.id === nb.claims.ottawa.id)!;
    expect(ottawa.rationale).toBe(BRIEF_RATIONALES.ottawa);
    expect(ottawa.decidedAt).toMatch(/^2025-03-01T/);
    expect(ottawa.appearance).toMatchObject({ clipId: nb.clip.id, clipTitle: nb.clip.title, htmlSha256: nb.clip.htmlSha256 });
    expect(ottawa.appearance?.anchor?.quote.exact).toBe(BRIEF_QUOTES.ottawa);
    expect(model.title).toBe(`Fact-check brief: ${nb.clip.title}`);
    expect(model.summary).toBe('3 claims checked: 1 false, 2 verified.');
    expect(model.organization).toEqual({ name: 'Gazette Fact Desk', url: 'https://gazette.example/' });
    expect(model.reporterName).toBe('Ana Ruiz');
  });

  it('leaves open claims out with a warning naming each of them', async () => {
    const nb = await createBriefNotebook();
    const model = await buildBriefModel(nb.ctx, { scope: { kind: 'clip', clipId: nb.clip.id }, includeOpen: false });
    expect(model.claims.map((c) => c.id)).not.toContain(nb.claims.russiaUsing.id);
    expect(model.openClaims.map((c) => c.text)).toEqual([BRIEF_QUOTES.embassies, BRIEF_QUOTES.russiaUsing]);
    expect(model.warnings).toHaveLength(1);
    expect(model.warnings[0]).toContain('2 claims are still being checked and left out');
    expect(model.warnings[0]).toContain(`"${BRIEF_QUOTES.russiaUsing}" (in progress)`);
    expect(model.warnings[0]).toContain(`"${BRIEF_QUOTES.embassies}" (unverified)`);
    // The open claims' sources are not cited: no footnote may point at a claim that is not printed.
    expect(model.openClaims.flatMap((c) => c.evidence)).toEqual([]);
    expect(model.citations).toHaveLength(4);
  });

  it('puts open claims in their own section, with their evidence cited, when asked to', async () => {
    const nb = await createBriefNotebook();
    const model = await buildBriefModel(nb.ctx, { scope: { kind: 'story', storyId: nb.story.id }, includeOpen: true });
    expect(model.includeOpen).toBe(true);
    expect(model.warnings).toEqual([]);
    const russia = model.openClaims.find((c) => c.id === nb.claims.russiaUsing.id)!;
    expect(russia.verdict).toBe('In progress');
    expect(russia.rationale).toBeUndefined();
    expect(russia.evidence[0]?.items[0]?.citation).toBe(model.citations.find((c) => c.sourceId === nb.sources.icbl.id)!.n);
    expect(model.scopeLabel).toBe('Story: Landmines for Ukraine');
    expect(model.summary).toContain('2 still being checked');
  });

  it('numbers citations in order of first use, reuses a number, and carries the capture SHA-256', async () => {
    const nb = await createBriefNotebook();
    const model = await buildBriefModel(nb.ctx, { scope: { kind: 'clip', clipId: nb.clip.id }, includeOpen: false });
    // Reading order: the false claim (pentagon, official) comes first, then ottawa (treaty, icbl).
    expect(model.citations.map((c) => [c.n, c.sourceId])).toEqual([
      [1, nb.sources.pentagon.id],
      [2, nb.sources.official.id],
      [3, nb.sources.treaty.id],
      [4, nb.sources.icbl.id],
    ]);
    const notSigned = model.claims.find((c) => c.id === nb.claims.notSigned.id)!;
    expect(notSigned.evidence.map((g) => [g.stance, g.items.map((i) => i.citation)])).toEqual([
      ['supports', [4]],
      ['context', [3]],
    ]);
    const treaty = model.citations[2]!;
    expect(treaty).toMatchObject({ publisher: 'United Nations Treaty Collection', date: '1997-09-18', accessedDate: '2025-02-28' });
    expect(treaty.captureSha256).toBe(nb.treatyClip.htmlSha256);
    expect(treaty.captureSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(model.clipIds.sort()).toEqual([nb.clip.id, nb.treatyClip.id].sort());
  });

  it('cites a person who may not be named by role only', async () => {
    const nb = await createBriefNotebook();
    const model = await buildBriefModel(nb.ctx, { scope: { kind: 'clip', clipId: nb.clip.id }, includeOpen: false });
    const official = model.citations.find((c) => c.sourceId === nb.sources.official.id)!;
    expect(official.title).toBe('Unnamed source (defense official)');
    expect(JSON.stringify(model)).not.toContain('J. Doe');
  });

  it('filters by status and says how many verdicts the filter left out', async () => {
    const nb = await createBriefNotebook();
    const model = await buildBriefModel(nb.ctx, { scope: { kind: 'clip', clipId: nb.clip.id }, includeOpen: false, statuses: ['false'] });
    expect(model.claims.map((c) => c.verdict)).toEqual(['False']);
    expect(model.warnings.join(' ')).toContain('2 claims with a verdict outside the chosen statuses are left out.');
  });

  it('takes a hand-picked set of claims and uses the title and summary given', async () => {
    const nb = await createBriefNotebook();
    const model = await buildBriefModel(nb.ctx, {
      scope: { kind: 'claims', claimIds: [nb.claims.notSigned.id, nb.claims.ottawa.id] },
      includeOpen: false,
      title: '  Landmine claims  ',
      summary: 'Two treaty facts.',
    });
    expect(model.claims.map((c) => c.id)).toEqual([nb.claims.ottawa.id, nb.claims.notSigned.id]);
    expect(model.title).toBe('Landmine claims');
    expect(model.summary).toBe('Two treaty facts.');
    expect(model.scopeLabel).toBe('2 chosen claims');
  });

  it('refuses a bad scope with a message that says what to do', async () => {
    const nb = await createBriefNotebook();
    const unknown = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
    const refusal = (options: Parameters<typeof buildBriefModel>[1]) => buildBriefModel(nb.ctx, options).then(() => null, (e: unknown) => e as AppError);
    expect(await refusal({ scope: { kind: 'clip', clipId: unknown }, includeOpen: false })).toMatchObject({ code: 'not_found', message: expect.stringContaining('No clip with ID') });
    expect(await refusal({ scope: { kind: 'story', storyId: unknown }, includeOpen: false })).toMatchObject({ code: 'not_found' });
    expect(await refusal({ scope: { kind: 'claims', claimIds: [nb.claims.ottawa.id, unknown] }, includeOpen: false })).toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('No claim with ID'),
    });
    expect(await refusal({ scope: { kind: 'clip', clipId: nb.treatyClip.id }, includeOpen: false })).toMatchObject({
      code: 'invalid_input',
      message: 'The clip "Mine Ban Convention (treaty text)" has no claims yet. Mark the claims to check in it first.',
    });
    const onlyOpen = await refusal({ scope: { kind: 'claims', claimIds: [nb.claims.embassies.id] }, includeOpen: false });
    expect(onlyOpen).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('Include claims still being checked') });
    await nb.call('deleteClaim', { id: nb.claims.ottawa.id });
    expect(await refusal({ scope: { kind: 'claims', claimIds: [nb.claims.ottawa.id] }, includeOpen: false })).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('is in the trash'),
    });
  });
});
