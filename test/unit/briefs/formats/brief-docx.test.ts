import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildBriefModel } from '../../../../main/briefs/brief-builder';
import { renderBriefDocx } from '../../../../main/briefs/formats/brief-docx';
import { BRIEF_QUOTES, BRIEF_RATIONALES, createBriefNotebook } from '../../../support/brief-notebook';

describe('renderBriefDocx', () => {
  it('reads back with mammoth: real headings, evidence lists, every claim, verdict, rationale and citation', async () => {
    const nb = await createBriefNotebook();
    const model = await buildBriefModel(nb.ctx, { scope: { kind: 'clip', clipId: nb.clip.id }, includeOpen: false });
    const bytes = await renderBriefDocx(model);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    const buffer = Buffer.from(bytes);
    const { value: html, messages } = await mammoth.convertToHtml({ buffer });
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(html).toContain(`<h2>Claims</h2>`);
    expect(html).toContain(`<h3>1. ${BRIEF_QUOTES.washington}</h3>`);
    expect(html).toContain(`<h3>2. ${BRIEF_QUOTES.ottawa}</h3>`);
    expect(html).toContain('<h4>Supporting evidence</h4><ul><li>');
    expect(html).toContain('<h2>Sources</h2><ol><li>');
    const { value: text } = await mammoth.extractRawText({ buffer });
    for (const quote of [BRIEF_QUOTES.washington, BRIEF_QUOTES.ottawa, BRIEF_QUOTES.notSigned]) expect(text).toContain(quote);
    expect(text).toContain('Verdict: False (decided 2025-03-01)');
    expect(text.match(/Verdict: Verified/g)).toHaveLength(2);
    for (const rationale of Object.values(BRIEF_RATIONALES)) expect(text).toContain(rationale);
    expect(text).toContain(`Capture SHA-256: ${nb.treatyClip.htmlSha256}`);
    expect(text).not.toContain(BRIEF_QUOTES.russiaUsing);
    // Citations are footnotes: one per source, numbered as the source list is.
    const footnotes = [...html.matchAll(/<li id="footnote-(\d+)"><p>(.*?)<\/p><\/li>/g)].map((m) => [m[1], m[2]!.replace(/<[^>]+>/g, '')]);
    expect(footnotes.map(([id]) => id)).toEqual(['1', '2', '3', '4']);
    expect(footnotes[0]![1]).toContain('Secretary of Defense Lloyd J. Austin III remarks to traveling press');
    expect(footnotes[2]![1]).toContain('United Nations Treaty Collection');
    expect(html).toContain('<sup>3</sup>'); // the treaty's second use repeats its number
  });
});
