import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * An independent inspector for stored clip HTML: it parses the HTML in its own jsdom (not the
 * sanitizer's window) and lists everything that could run script, load something remote in a way we
 * did not intend, or navigate away. Used on sanitized output (expecting nothing) and on the raw hostile
 * page (expecting a lot), so the inspector itself is shown able to fail.
 */

const FORBIDDEN_TAGS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button',
  'select', 'textarea', 'base', 'meta', 'link', 'svg', 'math', 'template', 'noscript', 'video', 'audio',
  'source', 'marquee', 'details', 'isindex', 'picture', 'mglyph', 'portal', 'canvas',
]);

const ALLOWED_ATTRS = new Set([
  'href', 'rel', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope', 'lang', 'dir', 'datetime', 'cite',
]);

const URL_ATTRS = ['href', 'src', 'cite', 'action', 'formaction', 'data', 'xlink:href', 'background', 'poster', 'srcset', 'codebase'];

const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp)[;,]/;

/** The scheme as a browser sees it: control characters and whitespace anywhere before the colon ignored. */
function schemeOf(value: string): string {
  // eslint-disable-next-line no-control-regex -- the URL parser skips C0 controls, so the check must too.
  const squeezed = value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  const match = /^([a-z][a-z0-9+.-]*):/.exec(squeezed);
  return match?.[1] ?? '';
}

export function findDangers(html: string): string[] {
  const doc = new JSDOM(`<!DOCTYPE html><html><body>${html}</body></html>`, { virtualConsole: new VirtualConsole() }).window.document;
  const dangers: string[] = [];
  for (const element of Array.from(doc.body.querySelectorAll('*'))) {
    const tag = element.localName;
    if (FORBIDDEN_TAGS.has(tag)) dangers.push(`<${tag}> element`);
    for (const { name, value } of Array.from(element.attributes)) {
      if (name.startsWith('on')) dangers.push(`${name} handler on <${tag}>`);
      else if (!ALLOWED_ATTRS.has(name)) dangers.push(`${name} attribute on <${tag}>`);
      if (URL_ATTRS.includes(name)) {
        const scheme = schemeOf(value);
        const dataImage = tag === 'img' && name === 'src' && SAFE_DATA_IMAGE.test(value.trim().toLowerCase());
        if ((scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') && !dataImage) {
          dangers.push(`${scheme}: URL in ${name} on <${tag}>`);
        }
      }
    }
    if (tag === 'a' && element.hasAttribute('href') && element.getAttribute('rel') !== 'noopener noreferrer') {
      dangers.push('link without rel="noopener noreferrer"');
    }
  }
  // mXSS: HTML that parses into something that serializes differently can turn into markup on a second parse.
  if (doc.body.innerHTML !== html) dangers.push('HTML that changes when parsed again (possible mutation XSS)');
  return dangers;
}
