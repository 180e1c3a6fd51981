import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import {
  CLIP_HTML_ATTRS,
  CLIP_HTML_ATTRS_BY_TAG,
  CLIP_HTML_DROP_WITH_CONTENT,
  CLIP_HTML_GLOBAL_ATTRS,
  CLIP_HTML_TAGS,
} from '../../../shared/domain/clip-html-policy';
import { sharedJsdomWindow } from './jsdom-window.js';
import { unwrapDisallowed } from './unwrap-disallowed.js';
import { safeImageUrl, safeLinkUrl, safeWebUrl } from './url-policy.js';

/**
 * Clipped HTML is hostile until proven otherwise. It goes through DOMPurify on a jsdom window with an
 * allow-list: text structure, links, images, tables and figures survive; everything else (scripts,
 * styles, event handlers, frames, forms, objects, embeds, base, meta, link, svg, math, template) is
 * removed. On top of DOMPurify's own checks, a hook on OUR purifier instance (never the global one,
 * which other code may configure) narrows attributes per element and applies the URL policy: links keep
 * only http(s)/mailto, images only http(s) or inline PNG/JPEG/GIF/WebP, relative URLs are resolved
 * against the page so nothing depends on where the clip is later shown.
 */

const ALLOWED_TAGS = [...CLIP_HTML_TAGS];
const GLOBAL_ATTRS = CLIP_HTML_GLOBAL_ATTRS;
/** The shared policy, plus `rel`, which only our own hook sets on links. */
const ATTRS_BY_TAG: Record<string, readonly string[]> = { ...CLIP_HTML_ATTRS_BY_TAG, a: [...(CLIP_HTML_ATTRS_BY_TAG.a ?? []), 'rel'] };
const ALLOWED_ATTR = [...CLIP_HTML_ATTRS];
const ADD_FORBID_CONTENTS = [...CLIP_HTML_DROP_WITH_CONTENT];

/** DOMPurify 3's own list of elements removed with their content, plus ours. */
const DROPPED_WITH_CONTENT = new Set([
  'annotation-xml', 'audio', 'colgroup', 'desc', 'foreignobject', 'head', 'iframe', 'math', 'mi', 'mn', 'mo', 'ms',
  'mtext', 'noembed', 'noframes', 'noscript', 'plaintext', 'script', 'style', 'svg', 'template', 'thead', 'title',
  'video', 'xmp', ...CLIP_HTML_DROP_WITH_CONTENT,
]);

const ALLOWED_TAG_SET = new Set(ALLOWED_TAGS);

/** Sanitizes in place a <div> we built, so the tree parsed once (or imported) is not parsed again. */
const CONFIG: Config & { IN_PLACE: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  SAFE_FOR_XML: true,
  KEEP_CONTENT: true,
  ADD_FORBID_CONTENTS,
  IN_PLACE: true,
};

/**
 * Attribute values that must match a shape; the first capture group is what is kept (so width="1px"
 * becomes width="1", which the tracking-pixel check can read); anything else is dropped.
 */
const VALUE_SHAPES: Record<string, RegExp> = {
  dir: /^(ltr|rtl|auto)$/i,
  width: /^(\d{1,5})(?:px)?$/i,
  height: /^(\d{1,5})(?:px)?$/i,
  colspan: /^(\d{1,4})$/,
  rowspan: /^(\d{1,4})$/,
  scope: /^(row|col|rowgroup|colgroup)$/i,
};

/** The page URL for the call in progress: DOMPurify hooks are synchronous, so one slot is enough. */
let currentBaseUrl: string | undefined;

function applyUrlPolicy(element: Element, tag: string): void {
  const href = element.getAttribute('href');
  if (tag === 'a') {
    const safe = href === null ? undefined : safeLinkUrl(href, currentBaseUrl);
    if (safe === undefined) element.removeAttribute('href');
    else element.setAttribute('href', safe);
    element.setAttribute('rel', 'noopener noreferrer');
  }
  const src = element.getAttribute('src');
  if (tag === 'img' && src !== null) {
    const safe = safeImageUrl(src, currentBaseUrl);
    if (safe === undefined) element.removeAttribute('src');
    else element.setAttribute('src', safe);
  }
  const cite = element.getAttribute('cite');
  if (cite !== null) {
    const safe = safeWebUrl(cite, currentBaseUrl);
    if (safe === undefined) element.removeAttribute('cite');
    else element.setAttribute('cite', safe);
  }
}

function narrowAttributes(element: Element, tag: string): void {
  const allowed = ATTRS_BY_TAG[tag] ?? [];
  for (const { name, value } of Array.from(element.attributes)) {
    if (!GLOBAL_ATTRS.includes(name) && !allowed.includes(name)) {
      element.removeAttribute(name);
      continue;
    }
    const shape = VALUE_SHAPES[name];
    if (shape === undefined) continue;
    const kept = shape.exec(value.trim())?.[1];
    if (kept === undefined) element.removeAttribute(name);
    else element.setAttribute(name, kept.toLowerCase());
  }
}

function afterSanitizeAttributes(node: Node): void {
  if (node.nodeType !== 1) return;
  const element = node as Element;
  const tag = element.nodeName.toLowerCase();
  narrowAttributes(element, tag);
  applyUrlPolicy(element, tag);
}

let purifier: DOMPurify | undefined;

function getPurifier(): DOMPurify {
  if (purifier === undefined) {
    const instance = createDOMPurify(sharedJsdomWindow() as unknown as Parameters<typeof createDOMPurify>[0]);
    // Without a working DOM, DOMPurify returns its input unchanged: refuse to run rather than store hostile HTML.
    if (!instance.isSupported) throw new Error('The HTML sanitizer cannot run here, so nothing was clipped.');
    instance.addHook('afterSanitizeAttributes', afterSanitizeAttributes);
    purifier = instance;
  }
  return purifier;
}

/** Drops images left without a usable source: they would show as broken boxes and capture nothing. */
function dropEmptyImages(root: Element): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    if (!img.hasAttribute('src')) img.remove();
  }
}

/**
 * An inert holder for the input: a <div> in a fresh document of the shared window, which has no
 * browsing context, so nothing in it loads or runs. A Node input (a page already parsed) is imported,
 * which is cheaper than serializing and parsing it again.
 */
function holderFor(input: string | Node): HTMLElement {
  const doc = sharedJsdomWindow().document.implementation.createHTMLDocument('');
  const holder = doc.createElement('div');
  if (typeof input === 'string') {
    holder.innerHTML = input;
  } else {
    const imported = doc.importNode(input, true);
    if (imported.nodeType === 1 || imported.nodeType === 11) holder.append(...Array.from(imported.childNodes));
    else holder.append(imported);
  }
  doc.body.append(holder);
  return holder;
}

/**
 * Sanitizes `input` (HTML, or a parsed element whose CONTENT is wanted, e.g. a page's <body>) and
 * returns the sanitized tree: a <div> holding it, for callers that go on to read text or images from
 * it without parsing the output a second time.
 */
export function sanitizeToElement(input: string | Node, options: { baseUrl?: string } = {}): HTMLElement {
  const instance = getPurifier();
  const holder = holderFor(input);
  unwrapDisallowed(holder, ALLOWED_TAG_SET, DROPPED_WITH_CONTENT);
  currentBaseUrl = options.baseUrl;
  try {
    instance.sanitize(holder, CONFIG);
  } finally {
    currentBaseUrl = undefined;
  }
  dropEmptyImages(holder);
  return holder;
}

/** Sanitized HTML for storing and showing a clip. Relative URLs are resolved against `baseUrl`. */
export function sanitizeHtml(html: string, options: { baseUrl?: string } = {}): string {
  return sanitizeToElement(html, options).innerHTML;
}
