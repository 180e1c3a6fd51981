import type { ParagraphPoint } from './selection-offsets';

/**
 * Reads where a DOM selection sits in the reader's paragraphs. Each paragraph is a <p data-index>;
 * inside it, highlights split the text across <mark>s, and markers that are not part of the text
 * (status icons, words for screen readers) carry `data-ui` and are skipped when counting.
 */

export type DomSelection =
  | { kind: 'none' }
  | { kind: 'outside'; message: string }
  | { kind: 'text'; anchor: ParagraphPoint; focus: ParagraphPoint; rect: DOMRect | null };

export const OUTSIDE_TEXT_MESSAGE =
  'Select words in the article text only: this selection reaches outside it (into the title, the legend or the capture record). Select the claim again inside the text.';

function paragraphOf(node: Node): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest<HTMLElement>('p[data-index]') ?? null;
}

function isUiText(node: Node, paragraph: HTMLElement): boolean {
  const holder = node.parentElement?.closest('[data-ui]');
  return Boolean(holder && paragraph.contains(holder));
}

/** UTF-16 offset, in the paragraph's shown text, of the DOM boundary point (container, offset). */
export function offsetInParagraph(paragraph: HTMLElement, container: Node, offset: number): number {
  const doc = paragraph.ownerDocument;
  const boundary = doc.createRange();
  boundary.setStart(container, offset);
  const walker = doc.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isUiText(node, paragraph)) continue;
    const length = (node as Text).length;
    if (node === container) return total + Math.min(offset, length);
    // comparePoint: -1 when the point lies before the (collapsed) boundary.
    if (boundary.comparePoint(node, length) <= 0) total += length;
    else break;
  }
  return total;
}

/** A boundary point inside the reader body, as a paragraph and offset; null when it is outside the text. */
function pointIn(body: HTMLElement, container: Node, offset: number): ParagraphPoint | null {
  if (!body.contains(container)) return null;
  let paragraph = paragraphOf(container);
  let point: { node: Node; offset: number } = { node: container, offset };
  if (!paragraph) {
    // Between paragraphs (the body itself holds the boundary): snap to the paragraph that follows, or the end of the last.
    const paragraphs = Array.from(body.querySelectorAll<HTMLElement>('p[data-index]'));
    const probe = body.ownerDocument.createRange();
    probe.setStart(container, offset);
    const next = paragraphs.find((p) => probe.comparePoint(p, 0) >= 0);
    paragraph = next ?? paragraphs[paragraphs.length - 1] ?? null;
    if (!paragraph) return null;
    point = next ? { node: paragraph, offset: 0 } : { node: paragraph, offset: paragraph.childNodes.length };
  }
  return { paragraph: Number(paragraph.dataset.index), utf16: offsetInParagraph(paragraph, point.node, point.offset) };
}

/** What the current selection means for marking a claim in `body`, the element that holds the paragraphs. */
export function readSelection(body: HTMLElement, selection: Selection | null): DomSelection {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { kind: 'none' };
  const range = selection.getRangeAt(0);
  const touchesBody = range.intersectsNode(body);
  if (!touchesBody) return { kind: 'none' };
  const anchor = pointIn(body, range.startContainer, range.startOffset);
  const focus = pointIn(body, range.endContainer, range.endOffset);
  if (!anchor || !focus) return { kind: 'outside', message: OUTSIDE_TEXT_MESSAGE };
  const rects = range.getClientRects();
  const rect = rects.length > 0 ? rects[rects.length - 1]! : range.getBoundingClientRect();
  return { kind: 'text', anchor, focus, rect };
}
