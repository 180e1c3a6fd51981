import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildBriefModel } from '../../../../main/briefs/brief-builder';
import { renderBriefHtml } from '../../../../main/briefs/formats/brief-html';
import { matchShortcut, shortcutDocs } from '../../../../renderer/keyboard/shortcuts';
import { previewMarkup } from '../../../../renderer/briefs/brief-preview-html';
import { BRIEF_QUOTES, createBriefNotebook } from '../../../support/brief-notebook';

const win = new JSDOM('<!doctype html><body></body>').window as unknown as Window & typeof globalThis;

function parse(html: string): Document {
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

describe('the export dialog preview', () => {
  it('keeps the brief’s text and status shapes but nothing that could navigate, clash or run', async () => {
    const nb = await createBriefNotebook();
    const model = await buildBriefModel(nb.ctx, { scope: { kind: 'clip', clipId: nb.clip.id }, includeOpen: false });
    model.claims[0]!.text = `${model.claims[0]!.text}<img src=x onerror=alert(1)>`;
    const doc = parse(previewMarkup(renderBriefHtml(model), win));
    expect(doc.querySelector('h1')?.textContent).toBe(model.title);
    expect(doc.body.textContent).toContain(BRIEF_QUOTES.ottawa);
    expect(doc.querySelectorAll('.badge svg')).toHaveLength(3);
    expect(doc.querySelectorAll('style, script, img, [href], [id], [style]')).toHaveLength(0);
    expect(doc.body.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('the Export brief shortcut', () => {
  it('is Ctrl+E, or Cmd+E on a Mac, even in a text field, and is listed under Help', () => {
    const e = { key: 'e', ctrlKey: false, metaKey: false, altKey: false };
    expect(matchShortcut({ ...e, ctrlKey: true }, false, true)).toBe('export-brief');
    expect(matchShortcut({ ...e, metaKey: true }, true, false)).toBe('export-brief');
    expect(matchShortcut({ ...e, ctrlKey: true, shiftKey: true }, false, false)).toBeNull();
    expect(matchShortcut(e, false, false)).toBeNull();
    expect(shortcutDocs(false).find((doc) => doc.keys.includes('Ctrl+E'))?.description).toMatch(/^Export a brief/);
  });
});
