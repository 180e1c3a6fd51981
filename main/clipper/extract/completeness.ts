/**
 * Readability is known to drop first and last paragraphs (mozilla/readability #901, #776), so each
 * clip is checked against the page it came from: how many of the page's main-text paragraphs made it
 * into the article text. Main text means <p> elements with enough words to be prose, outside the
 * page's navigation, header, footer and sidebars, and not mostly link text: a paragraph inside or made
 * of a link is a teaser for another page ("related stories"), which an article rightly leaves out.
 */

/** Shorter paragraphs are mostly captions, bylines and teasers, which an article may rightly leave out. */
const MIN_PARAGRAPH_CHARS = 80;

/** Under this share of the page's paragraphs, the reporter is told to check the full page. */
export const COMPLETE_SHARE = 0.6;

const OUTSIDE_MAIN_TEXT = 'a, nav, header, footer, aside, noscript, template, form, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';

/** Elements whose text never reaches a clip (the sanitizer drops them with their content). */
const SILENT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'button', 'select', 'textarea', 'object', 'embed', 'iframe']);

/** Share of a paragraph's text inside links above which it is navigation, not prose. */
const MAX_LINK_SHARE = 0.5;

function normalise(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function visibleText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1 || SILENT_TAGS.has(node.nodeName.toLowerCase())) return '';
  let text = '';
  for (let child = node.firstChild; child !== null; child = child.nextSibling) text += visibleText(child);
  return text;
}

/** The page's main-text paragraphs, whitespace-collapsed, without repeats. Read before Readability runs. */
export function mainTextParagraphs(doc: Document): string[] {
  const body = doc.body;
  if (body === null) return [];
  const paragraphs = new Set<string>();
  for (const p of Array.from(body.querySelectorAll('p'))) {
    if (p.closest(OUTSIDE_MAIN_TEXT) !== null) continue;
    const text = normalise(visibleText(p));
    if (text.length < MIN_PARAGRAPH_CHARS) continue;
    const linkText = Array.from(p.querySelectorAll('a')).reduce((sum, a) => sum + normalise(visibleText(a)).length, 0);
    if (linkText / text.length <= MAX_LINK_SHARE) paragraphs.add(text);
  }
  return [...paragraphs];
}

export interface Coverage {
  found: number;
  total: number;
  mayBeIncomplete: boolean;
}

/**
 * How many of `paragraphs` appear in `articleText`. A paragraph counts when its opening (the first
 * MIN_PARAGRAPH_CHARS characters) is there, so small differences later in it (a dropped inline
 * widget) do not count against the article.
 */
export function measureCoverage(paragraphs: readonly string[], articleText: string): Coverage {
  const haystack = normalise(articleText);
  const found = paragraphs.filter((paragraph) => haystack.includes(paragraph.slice(0, MIN_PARAGRAPH_CHARS))).length;
  const total = paragraphs.length;
  return { found, total, mayBeIncomplete: total > 0 && found / total < COMPLETE_SHARE };
}

/** The warning a reporter sees, in plain words, with what to do about it. */
export function incompleteWarning(coverage: Coverage): string {
  return `The extracted article may be missing parts of the page (${coverage.found} of ${coverage.total} paragraphs). Switch to Full page to check.`;
}
