import { describe, expect, it } from 'vitest';
import { buildBriefModel } from '../../../../main/briefs/brief-builder';
import { escapeMarkdown, renderBriefMarkdown } from '../../../../main/briefs/formats/brief-markdown';
import { BRIEF_QUOTES, BRIEF_RATIONALES, createBriefNotebook } from '../../../support/brief-notebook';

describe('renderBriefMarkdown', () => {
  it('prints every claim with its verdict, rationale, evidence and numbered citations', async () => {
    const nb = await createBriefNotebook();
    const model = await buildBriefModel(nb.ctx, { scope: { kind: 'clip', clipId: nb.clip.id }, includeOpen: false });
    const md = renderBriefMarkdown(model);
    expect(md).toMatch(/^# Fact-check brief: US to give Ukraine anti-personnel land mines\n/);
    expect(md).toContain('### 1. Washington hopes to use these mines on their territory in Ukraine.');
    expect(md).toContain('**Verdict:** False (decided 2025-03-01)');
    expect(md).toContain('### 2. 122 countries signed the Ottawa Convention banning anti-personnel land mines');
    expect(md.match(/\*\*Verdict:\*\* Verified/g)).toHaveLength(2);
    expect(md).toContain(`**Rationale:** ${BRIEF_RATIONALES.washington}`);
    expect(md).toContain(`**Rationale:** ${BRIEF_RATIONALES.notSigned}`);
    expect(md).toContain('**Supporting evidence**');
    expect(md).toContain('**Contradicting evidence**');
    expect(md).toContain('- *Unnamed source (defense official)*: Confirmed by phone that no US personnel will lay mines. [\\[2\\]](#source-2)');
    expect(md).toContain('- *Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction*: “shall be open for signature at Ottawa, Canada, by all States from 3 December 1997 until 4 December 1997” (Article 15) [\\[3\\]](#source-3)');
    expect(md).toContain('**Where it appeared:** US to give Ukraine anti-personnel land mines');
    expect(md).toContain('## Sources');
    expect(md).toMatch(/^1\. <a id="source-1"><\/a>\*\*Secretary of Defense Lloyd J\. Austin III remarks to traveling press\*\*\. U\.S\. Department of Defense\. Published 2024-11-20\. <https:\/\/www\.defense\.gov\/News\/Transcripts\/>\. Accessed 2025-02-28\.$/m);
    expect(md).toContain(`Capture SHA-256: \`${nb.treatyClip.htmlSha256}\``);
    // Open claims are left out of the document (the warning is for the reporter, not the reader).
    expect(md).not.toContain(BRIEF_QUOTES.russiaUsing);
    expect(md).not.toContain('Still being checked');
  });

  it('adds a "Still being checked" section when asked', async () => {
    const nb = await createBriefNotebook();
    const model = await buildBriefModel(nb.ctx, { scope: { kind: 'clip', clipId: nb.clip.id }, includeOpen: true });
    const md = renderBriefMarkdown(model);
    const open = md.indexOf('## Still being checked');
    expect(open).toBeGreaterThan(md.indexOf('## Claims'));
    expect(md.indexOf(BRIEF_QUOTES.russiaUsing)).toBeGreaterThan(open);
    expect(md).toContain('**Verdict:** In progress');
  });

  it('keeps notebook text inert: markup in a claim cannot add links, HTML or headings', () => {
    expect(escapeMarkdown('# Heading <script>alert(1)</script> [x](javascript:alert(1)) *bold*')).toBe(
      '\\# Heading \\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(1)) \\*bold\\*',
    );
    expect(escapeMarkdown('1. not a list\nsecond line')).toBe('1\\. not a list second line');
  });
});
