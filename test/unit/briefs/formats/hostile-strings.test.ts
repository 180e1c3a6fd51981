import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { BriefModel } from '../../../../main/briefs/brief-model';
import { renderBriefDocx } from '../../../../main/briefs/formats/brief-docx';
import { renderBriefHtml } from '../../../../main/briefs/formats/brief-html';
import { renderBriefMarkdown } from '../../../../main/briefs/formats/brief-markdown';
import { renderClaimReview } from '../../../../main/briefs/formats/claim-review';
import { jsonLdText } from '../../../../main/briefs/formats/json-ld';
import { renderWebAnnotations } from '../../../../main/briefs/formats/web-annotations';
import { handBuiltModel } from '../hand-built-model';

/**
 * Every string in a brief comes from the notebook, and much of it from clipped, possibly hostile
 * pages. Put markup in every free-text field of the model at once and check that no format lets it
 * through as markup: the HTML and Markdown print it as text, the JSON-LD cannot end a <script> element.
 */
const PAYLOAD = '</script><img src=x onerror=alert(1)>[x](javascript:alert(2))';

/** Replaces every string in the model that a reporter or a page could have typed. */
function poisoned(model: BriefModel): BriefModel {
  const keep = new Set(['id', 'status', 'stance', 'clipId', 'sourceId', 'url', 'htmlSha256', 'bytesSha256', 'captureSha256', 'decidedAt', 'generatedAt', 'capturedAt', 'type']);
  const walk = (value: unknown, key = ''): unknown => {
    if (typeof value === 'string') return keep.has(key) || key === 'exact' || key === 'prefix' || key === 'suffix' ? value : `${value} ${PAYLOAD}`;
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(model) as BriefModel;
}

describe('a brief whose every text field holds markup', () => {
  const model = poisoned(handBuiltModel({ includeOpen: true }));
  // The dates are free text in the notebook (a source's "accessed" date, say): poison them too.
  for (const citation of model.citations) {
    citation.accessedDate = PAYLOAD;
    citation.date = PAYLOAD;
  }

  it('prints it as text in the HTML brief', () => {
    const html = renderBriefHtml(model);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('</script><img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('prints it as text in the Markdown brief, with no raw HTML and no javascript: link', () => {
    const markdown = renderBriefMarkdown(model);
    // A backslash makes "<" and "[" literal in CommonMark, so only an unescaped one could start markup.
    expect(markdown).not.toMatch(/(^|[^\\])<(img|\/script)/m);
    expect(markdown).not.toMatch(/(^|[^\\])\[x\]\(javascript:/m);
    expect(markdown).toContain('\\<img src=x onerror=alert(1)\\>');
  });

  it('keeps the JSON-LD files from closing a <script> element, while decoding to the same text', () => {
    for (const value of [renderClaimReview(model), renderWebAnnotations(model)]) {
      const text = jsonLdText(value);
      expect(text).not.toMatch(/[<>]/);
      expect(text).toContain('\\u003c/script\\u003e');
      expect(JSON.parse(text)).toEqual(value);
    }
  });

  it('keeps it as plain text in the Word brief', async () => {
    const docx = await renderBriefDocx(model);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(docx) });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
