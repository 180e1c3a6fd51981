/**
 * Removes <script> and <style> elements from a page's HTML BEFORE it is parsed. Neither survives into a
 * clip (the sanitizer drops them, and scripts never run), but on news pages they are most of the bytes
 * — inline app state, CSS, trackers — and jsdom spends most of its parse on them: on the 1 MB bench page,
 * 320 ms of parse become 110. JSON-LD scripts are kept, because the metadata reads them.
 *
 * This is a scanner, not a regex over the whole text, because "<script" may appear where it starts no
 * element: in a comment, inside an attribute value, or as text in <textarea>, <title> and the other
 * raw-text elements. It walks tags and comments as the HTML tokenizer does, and removes only a script
 * or style whose end it can place exactly as the parser would. Where it cannot be sure (a script holding
 * "<!--", whose end the parser finds by its escape states; an unterminated tag; <plaintext>), it keeps
 * the rest of the page as it is. So the worst it can do is leave weight in; it never removes text.
 * Whatever remains is parsed and sanitized as before.
 */

/** Elements whose content is text up to their end tag, so a "<script" inside them starts nothing. */
const RAW_TEXT = new Set(['textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const STRIPPED = new Set(['script', 'style']);
/**
 * SVG and MathML, where <script> and <style> are ordinary elements and a <p> can break out of the
 * foreign content: nothing inside them is removed (the scan resumes after their first end tag).
 */
const FOREIGN = new Set(['svg', 'math']);

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

interface Tag {
  closing: boolean;
  name: string;
  /** The text of the attributes, for the JSON-LD test. */
  attributes: string;
  /** Just past the tag's ">". */
  end: number;
}

/**
 * Reads the tag starting at `at` (a "<") as the tokenizer does, in one pass: its name, then attributes
 * whose values may be quoted (a ">" inside quotes does not end the tag). Null when there is no tag
 * there (text such as "a < b", a doctype) or the tag never ends.
 */
function readTag(html: string, at: number): Tag | null | 'unterminated' {
  let i = at + 1;
  const closing = html[i] === '/';
  if (closing) i++;
  if (!/[a-zA-Z]/.test(html[i] ?? '')) return null;
  const nameStart = i;
  while (i < html.length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>') i++;
  const name = html.slice(nameStart, i).toLowerCase();
  const attributesStart = i;
  while (i < html.length) {
    const c = html[i];
    if (c === '>') return { closing, name, attributes: html.slice(attributesStart, i), end: i + 1 };
    if (c === '=') {
      i++;
      while (isSpace(html[i])) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close === -1) return 'unterminated';
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  return 'unterminated';
}

/** Where the end tag `</name` (followed by whitespace, "/" or ">") next starts at or after `from`, or -1. */
function endTagAt(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}[\\s/>]`, 'gi');
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}

function isJsonLd(attributes: string): boolean {
  return /\btype\s*=\s*(["']?)\s*application\/ld\+json\s*\1/i.test(attributes);
}

export function stripInertElements(html: string): string {
  const kept: string[] = [];
  let copiedTo = 0;
  let at = html.indexOf('<');
  scan: while (at !== -1) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      if (end === -1) break;
      at = html.indexOf('<', end + 3);
      continue;
    }
    const tag = readTag(html, at);
    if (tag === 'unterminated') break;
    if (tag === null) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    if (!tag.closing && tag.name === 'plaintext') break;
    const rawText = !tag.closing && (RAW_TEXT.has(tag.name) || FOREIGN.has(tag.name));
    const stripped = !tag.closing && STRIPPED.has(tag.name);
    if (!rawText && !stripped) {
      at = html.indexOf('<', tag.end);
      continue;
    }
    // The element's content is text up to its end tag (for <script/> too: HTML ignores the slash there);
    // for SVG and MathML the scan just steps over it.
    const endTag = endTagAt(html, tag.name, tag.end);
    if (endTag === -1) break;
    const closer = readTag(html, endTag);
    if (closer === null || closer === 'unterminated') break;
    if (stripped) {
      // A script with "<!--" in it may end later than its first "</script>" (the tokenizer's escape states).
      if (tag.name === 'script' && html.slice(tag.end, endTag).includes('<!--')) break scan;
      if (tag.name === 'style' || !isJsonLd(tag.attributes)) {
        kept.push(html.slice(copiedTo, at));
        copiedTo = closer.end;
      }
    }
    at = html.indexOf('<', closer.end);
  }
  if (copiedTo === 0) return html;
  kept.push(html.slice(copiedTo));
  return kept.join('');
}
