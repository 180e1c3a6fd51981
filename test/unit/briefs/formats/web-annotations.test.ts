import { describe, expect, it } from 'vitest';
import { buildBriefModel } from '../../../../main/briefs/brief-builder';
import { renderWebAnnotations } from '../../../../main/briefs/formats/web-annotations';
import { SAMPLE_ARTICLE_TEXT } from '../../../../main/assets/sample-article';
import { ARTICLE_URL, QUOTES, handBuiltModel } from '../hand-built-model';
import { createBriefNotebook } from '../../../support/brief-notebook';

interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}
interface Annotation {
  id: string;
  type: string;
  motivation: string;
  body: Array<{ type: string; purpose: string; value: string }>;
  target: { source: string; selector?: Selector[] };
}
interface Collection {
  '@context': string;
  type: string;
  total: number;
  first: { type: string; items: Annotation[] };
}

const codePoints = Array.from(SAMPLE_ARTICLE_TEXT);

describe('renderWebAnnotations', () => {
  it('is a W3C AnnotationCollection with one annotation per claim', () => {
    const doc = renderWebAnnotations(handBuiltModel()) as Collection;
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.first.type).toBe('AnnotationPage');
    expect(doc.total).toBe(3);
    expect(doc.first.items.map((item) => item.type)).toEqual(['Annotation', 'Annotation', 'Annotation']);
  });

  it('targets the article URL with selectors that point at the claim words in the clip text', () => {
    const doc = renderWebAnnotations(handBuiltModel()) as Collection;
    const quotes = [QUOTES.mines, QUOTES.embassy, QUOTES.treaty];
    doc.first.items.forEach((item, index) => {
      expect(item.target.source).toBe(ARTICLE_URL);
      const quote = item.target.selector?.find((s) => s.type === 'TextQuoteSelector');
      const position = item.target.selector?.find((s) => s.type === 'TextPositionSelector');
      expect(quote?.exact).toBe(quotes[index]);
      // The position, in code points, cuts exactly the quoted words out of the clip's text...
      expect(codePoints.slice(position?.start, position?.end).join('')).toBe(quotes[index]);
      // ...and prefix and suffix are the text around them.
      expect(codePoints.slice(0, position?.start).join('').endsWith(quote?.prefix ?? '?')).toBe(true);
      expect(codePoints.slice(position?.end).join('').startsWith(quote?.suffix ?? '?')).toBe(true);
    });
  });

  it('says what was found: the claim, the verdict as a tag and the rationale', () => {
    const [, , treaty] = (renderWebAnnotations(handBuiltModel()) as Collection).first.items;
    expect(treaty?.motivation).toBe('assessing');
    expect(treaty?.body).toEqual([
      expect.objectContaining({ purpose: 'describing', value: QUOTES.treaty }),
      expect.objectContaining({ purpose: 'tagging', value: 'False' }),
      expect.objectContaining({ purpose: 'assessing', value: expect.stringContaining('UN register') }),
    ]);
  });

  it('names a clip without an address by URN, and leaves out claims with no clip', () => {
    const model = handBuiltModel();
    const [first, second] = model.claims;
    if (!first?.appearance || !second) throw new Error('fixture');
    const { url: _url, ...noUrl } = first.appearance;
    model.claims = [{ ...first, appearance: noUrl }, { ...second, appearance: undefined } as typeof second];
    const doc = renderWebAnnotations(model) as Collection;
    expect(doc.total).toBe(1);
    expect(doc.first.items[0]?.target.source).toBe(`urn:newsroom-notebook:clip:${first.appearance.clipId}`);
  });
});

describe('renderWebAnnotations on the sample notebook', () => {
  it('points every claim at its words in the stored clip text', async () => {
    const nb = await createBriefNotebook();
    const model = await buildBriefModel(nb.ctx, { scope: { kind: 'clip', clipId: nb.clip.id }, includeOpen: true });
    const text = Array.from(await nb.store.readBody(nb.clip.textSha256, 'txt'));
    const doc = renderWebAnnotations(model) as Collection;
    // Three final claims and the one in progress: every claim the brief prints.
    expect(doc.total).toBe(model.claims.length + model.openClaims.length);
    for (const item of doc.first.items) {
      const claim = [...model.claims, ...model.openClaims].find((c) => `urn:newsroom-notebook:claim:${c.id}` === item.id);
      const position = item.target.selector?.find((s) => s.type === 'TextPositionSelector');
      expect(text.slice(position?.start, position?.end).join('')).toBe(claim?.text);
      expect(item.body[1]?.value).toBe(claim?.verdict);
    }
  });
});
