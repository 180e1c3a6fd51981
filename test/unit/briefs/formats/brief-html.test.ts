import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildBriefModel } from '../../../../main/briefs/brief-builder';
import type { BriefModel } from '../../../../main/briefs/brief-model';
import { renderBriefHtml } from '../../../../main/briefs/formats/brief-html';
import { BRIEF_QUOTES, BRIEF_RATIONALES, createBriefNotebook } from '../../../support/brief-notebook';

function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

describe('renderBriefHtml', () => {
  it('is one self-contained file: inline CSS, no script, nothing loaded from elsewhere', async () => {
    const nb = await createBriefNotebook();
    const model = await buildBriefModel(nb.ctx, { scope: { kind: 'clip', clipId: nb.clip.id }, includeOpen: true });
    const html = renderBriefHtml(model);
    const doc = parse(html);
    expect(html.toLowerCase()).not.toContain('<script');
    expect(doc.querySelectorAll('script, link, img, iframe, object, embed, [src]')).toHaveLength(0);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(html).not.toMatch(/url\(|@import/);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    // The only remote addresses are links a reader may follow: the citations, where a claim appeared, the organization.
    const allowed = new Set([...model.citations.map((c) => c.url), ...model.claims.map((c) => c.appearance?.url), model.organization.url]);
    const hrefs = [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
    const remote = hrefs.filter((href) => !href.startsWith('#'));
    expect(remote.length).toBeGreaterThan(0);
    for (const href of remote) expect(allowed.has(href), href).toBe(true);
    // Every in-page citation mark points at a source that is there.
    for (const href of hrefs.filter((h) => h.startsWith('#'))) expect(doc.getElementById(href.slice(1)), href).not.toBeNull();
    expect(html).toContain('@media print');
  });

  it('holds every claim, verdict, rationale and numbered citation', async () => {
    const nb = await createBriefNotebook();
    const model = await buildBriefModel(nb.ctx, { scope: { kind: 'clip', clipId: nb.clip.id }, includeOpen: false });
    const doc = parse(renderBriefHtml(model));
    expect(doc.querySelector('h1')?.textContent).toBe(model.title);
    const claims = [...doc.querySelectorAll('article.claim')];
    expect(claims.map((a) => a.querySelector('h3')?.textContent)).toEqual([
      `1. ${BRIEF_QUOTES.washington}`,
      `2. ${BRIEF_QUOTES.ottawa}`,
      `3. ${BRIEF_QUOTES.notSigned}`,
    ]);
    expect(claims.map((a) => a.querySelector('.badge')?.textContent)).toEqual(['False', 'Verified', 'Verified']);
    expect(claims[0]!.querySelector('.badge svg')?.getAttribute('aria-hidden')).toBe('true');
    for (const rationale of Object.values(BRIEF_RATIONALES)) expect(doc.body.textContent).toContain(rationale);
    const sources = [...doc.querySelectorAll('ol.sources > li')];
    expect(sources.map((li) => li.id)).toEqual(['source-1', 'source-2', 'source-3', 'source-4']);
    expect(sources[2]!.textContent).toContain('United Nations Treaty Collection');
    expect(sources[2]!.textContent).toContain(`Capture SHA-256: ${nb.treatyClip.htmlSha256}`);
    expect(sources[2]!.textContent).toContain('Accessed 2025-02-28');
    expect(claims[1]!.querySelector('blockquote')?.textContent).toContain('shall be open for signature at Ottawa');
    expect(claims[1]!.querySelector('a.cite')?.getAttribute('href')).toBe('#source-3');
    expect(doc.body.textContent).not.toContain(BRIEF_QUOTES.russiaUsing);
  });

  it('escapes every string from the notebook', async () => {
    const nb = await createBriefNotebook();
    const model: BriefModel = await buildBriefModel(nb.ctx, { scope: { kind: 'clip', clipId: nb.clip.id }, includeOpen: false });
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'';
    model.title = hostile;
    model.claims[0]!.text = hostile;
    model.claims[0]!.rationale = hostile;
    model.citations[0]!.title = hostile;
    model.citations[0]!.url = 'javascript:alert(3)';
    const html = renderBriefHtml(model);
    const doc = parse(html);
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect(doc.querySelector('h1')?.textContent).toBe(hostile);
    expect(html).not.toContain('href="javascript:');
    expect(doc.getElementById('source-1')?.textContent).toContain('javascript:alert(3)');
  });
});
