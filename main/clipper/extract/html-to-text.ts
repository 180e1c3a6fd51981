import { sharedJsdomWindow } from './jsdom-window.js';

/**
 * Plain text from sanitized HTML: the text claims anchor into, so it must be stable and readable.
 * Block elements become paragraphs separated by a blank line ("\n\n"); whitespace inside a paragraph
 * collapses to single spaces as a browser would show it; <br> is a line break inside its paragraph;
 * each list item is a paragraph of its own; table cells on one row are separated by a tab.
 */

const BLOCK_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre', 'hr',
  'div', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'table', 'thead', 'tbody',
  'tfoot', 'tr', 'caption', 'main', 'nav', 'aside', 'address', 'details', 'summary',
]);

const CELL_TAGS = new Set(['td', 'th']);

/** Marks a cell boundary until whitespace is collapsed; the HTML parser never lets U+0000 through. */
const CELL_MARK = '\u0000';

/** Collects paragraphs while walking the tree; a paragraph is closed at every block boundary. */
class ParagraphCollector {
  readonly paragraphs: string[] = [];
  /** Lines of the open paragraph; a <br> starts a new line. */
  private lines: string[] = [''];

  text(value: string): void {
    this.lines[this.lines.length - 1] += value;
  }

  lineBreak(): void {
    this.lines.push('');
  }

  /** Keeps pre-formatted text's own line structure, without blank lines that would split paragraphs. */
  preformatted(value: string): void {
    const [first = '', ...rest] = value.replace(/\r\n?/g, '\n').split('\n');
    this.text(first);
    for (const line of rest) {
      this.lineBreak();
      this.text(line);
    }
  }

  close(): void {
    const lines = this.lines.map((line) =>
      line.replace(/[\s\u00a0]+/g, ' ').split(CELL_MARK).map((cell) => cell.trim()).join('\t').trim(),
    );
    // Leading and trailing <br>s make no lines of their own.
    while (lines.length > 0 && lines[0] === '') lines.shift();
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    const paragraph = lines.filter((line, i) => line !== '' || lines[i - 1] !== '').join('\n');
    if (paragraph !== '') this.paragraphs.push(paragraph);
    this.lines = [''];
  }
}

function walk(node: Node, out: ParagraphCollector, inPre: boolean): void {
  if (node.nodeType === 3) {
    const value = node.nodeValue ?? '';
    if (inPre) out.preformatted(value);
    else out.text(value);
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 11) return;
  const tag = node.nodeName.toLowerCase();
  if (tag === 'br') {
    out.lineBreak();
    return;
  }
  if (tag === 'img') {
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) out.close();
  if (CELL_TAGS.has(tag) && (node as Element).previousElementSibling !== null) out.text(CELL_MARK);
  for (let child = node.firstChild; child !== null; child = child.nextSibling) walk(child, out, inPre || tag === 'pre');
  if (block) out.close();
}

/** Plain text of an element (e.g. one returned by the sanitizer), paragraphs separated by "\n\n". */
export function textOfElement(root: Node): string {
  const out = new ParagraphCollector();
  walk(root, out, false);
  out.close();
  return out.paragraphs.join('\n\n');
}

/** Plain text of an HTML string that has ALREADY been sanitized (it is parsed, never run). */
export function htmlToText(sanitizedHtml: string): string {
  const template = sharedJsdomWindow().document.createElement('template');
  template.innerHTML = sanitizedHtml;
  return textOfElement(template.content);
}
