import createDOMPurify, { type Config } from 'dompurify';
import {
  CLIP_HTML_ATTRS,
  CLIP_HTML_ATTRS_BY_TAG,
  CLIP_HTML_DROP_WITH_CONTENT,
  CLIP_HTML_GLOBAL_ATTRS,
  CLIP_HTML_TAGS,
} from '../../shared/domain/clip-html-policy';

/**
 * Clip HTML as the reader shows it. The main side sanitized it at capture; this second DOMPurify pass,
 * in the renderer, with the same allow-list spirit (text structure, links, images, tables, figures; no
 * style, script, frames or forms), is defence in depth: a notebook file edited by hand, or a
 * sanitizer bug on the other side, still cannot put anything active on the desk. The app's CSP is the
 * third wall. Then:
 * - images: only captured assets (`../assets/<sha256>.<ext>`, served as `notebook-assets/…`) and
 *   inline PNG/JPEG/GIF/WebP keep a source, so reading a clip loads nothing from the network; any other
 *   image becomes a short note saying it was not captured;
 * - links: only absolute http(s)/mailto addresses stay (the reader asks before opening one);
 * - headings move down two levels, under the reader's own h2 title, so the outline stays whole;
 * - no id, name or class survives, so clip HTML cannot clobber the app's globals or borrow its styles.
 */

const ALLOWED_TAGS = [...CLIP_HTML_TAGS];
const ATTRS_BY_TAG = CLIP_HTML_ATTRS_BY_TAG;
const GLOBAL_ATTRS = CLIP_HTML_GLOBAL_ATTRS;
const ALLOWED_ATTR = [...CLIP_HTML_ATTRS];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  SAFE_FOR_XML: true,
  KEEP_CONTENT: true,
  ADD_FORBID_CONTENTS: [...CLIP_HTML_DROP_WITH_CONTENT],
};

const ASSET_SRC = /^\.\.\/assets\/([0-9a-f]{64}\.(?:png|jpe?g|gif|webp|avif))$/;
const SERVED_ASSET_SRC = /^notebook-assets\/[0-9a-f]{64}\.(?:png|jpe?g|gif|webp|avif)$/;
const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp)(?:;[a-z0-9=.+-]+)*,[a-z0-9+/=%\s._~-]*$/i;
const NUMBER = /^\d{1,5}$/;

/** Where the reader may load an image from: a captured asset or an inline picture; null for anything else. */
export function readerImageSrc(src: string): string | null {
  const value = src.trim();
  const asset = ASSET_SRC.exec(value);
  if (asset) return `notebook-assets/${asset[1]}`;
  if (SERVED_ASSET_SRC.test(value)) return value;
  if (SAFE_DATA_IMAGE.test(value)) return value;
  return null;
}

/** A link the reporter may open in the browser: an absolute http(s) or mailto address, normalised; else null. */
export function readerLinkHref(href: string): string | null {
  try {
    const url = new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : null;
  } catch {
    return null;
  }
}

function narrow(element: Element): void {
  const tag = element.nodeName.toLowerCase();
  const allowed = ATTRS_BY_TAG[tag] ?? [];
  for (const { name, value } of Array.from(element.attributes)) {
    if (!GLOBAL_ATTRS.includes(name) && !allowed.includes(name)) element.removeAttribute(name);
    else if ((name === 'width' || name === 'height' || name === 'colspan' || name === 'rowspan') && !NUMBER.test(value.trim())) element.removeAttribute(name);
    else if (name === 'dir' && !/^(ltr|rtl|auto)$/i.test(value.trim())) element.removeAttribute(name);
  }
  if (tag === 'a') {
    const href = element.getAttribute('href');
    const safe = href === null ? null : readerLinkHref(href);
    if (safe === null) element.removeAttribute('href');
    else element.setAttribute('href', safe);
  }
  if (tag === 'img') {
    const src = element.getAttribute('src');
    const safe = src === null ? null : readerImageSrc(src);
    if (safe === null) element.removeAttribute('src');
    else element.setAttribute('src', safe);
  }
}

const DEMOTED: Record<string, string> = { h1: 'h3', h2: 'h4', h3: 'h5', h4: 'h6', h5: 'h6', h6: 'h6' };

function rename(doc: Document, element: Element, tag: string): Element {
  const next = doc.createElement(tag);
  for (const { name, value } of Array.from(element.attributes)) next.setAttribute(name, value);
  next.append(...Array.from(element.childNodes));
  element.replaceWith(next);
  return next;
}

function postProcess(doc: Document, root: HTMLElement): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    if (img.hasAttribute('src')) continue;
    const note = doc.createElement('span');
    const alt = img.getAttribute('alt')?.trim();
    note.textContent = alt ? `[Image not captured: ${alt}]` : '[Image not captured]';
    img.replaceWith(note);
  }
  for (const heading of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    rename(doc, heading, DEMOTED[heading.nodeName.toLowerCase()]!);
  }
}

export type ClipHtmlRenderer = (html: string) => string;

/**
 * A renderer bound to a window (the app's own, or jsdom's in tests). Its DOMPurify instance is private,
 * so the hook added here never touches anyone else's sanitizing. Post-processing happens in an inert
 * document with no browsing context, so nothing in it loads before it is shown.
 */
export function createClipHtmlRenderer(win: Window): ClipHtmlRenderer {
  const purifier = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  if (!purifier.isSupported) {
    return () => '<p>This clip’s formatted view cannot be shown here. Use the Text view.</p>';
  }
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType === 1) narrow(node as Element);
  });
  return (html) => {
    const clean = purifier.sanitize(html, CONFIG) as unknown as string;
    const doc = win.document.implementation.createHTMLDocument('');
    doc.body.innerHTML = clean;
    postProcess(doc, doc.body);
    return doc.body.innerHTML;
  };
}

let shared: ClipHtmlRenderer | undefined;

/** The renderer for the app's window, made on first use. */
export function renderClipHtml(html: string): string {
  shared ??= createClipHtmlRenderer(window);
  return shared(html);
}
