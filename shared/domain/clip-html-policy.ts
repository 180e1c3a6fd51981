/**
 * What stored clip HTML may contain: one allow-list, applied at capture (main, DOMPurify on jsdom) and
 * again in the reader (DOMPurify in the renderer), so the two passes cannot drift apart. Text
 * structure, links, images, tables and figures; no style, script, frames, forms or embedded objects.
 */
export const CLIP_HTML_TAGS: readonly string[] = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre', 'code',
  'em', 'strong', 'b', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'q', 'cite', 'abbr', 'time', 'br', 'hr',
  'span', 'div', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'a', 'img',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'colgroup', 'col',
];

/** Attributes any allowed element may keep. */
export const CLIP_HTML_GLOBAL_ATTRS: readonly string[] = ['lang', 'dir', 'title'];

/** Attributes each element may keep beyond the global ones (DOMPurify's own allow-list is not per element). */
export const CLIP_HTML_ATTRS_BY_TAG: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  time: ['datetime'],
  blockquote: ['cite'],
  q: ['cite'],
};

/** Every attribute named above, for DOMPurify's flat ALLOWED_ATTR. */
export const CLIP_HTML_ATTRS: readonly string[] = [
  ...new Set([...CLIP_HTML_GLOBAL_ATTRS, ...Object.values(CLIP_HTML_ATTRS_BY_TAG).flat()]),
];

/** Removed elements whose text is UI or fallback, not article text, so it goes with them. */
export const CLIP_HTML_DROP_WITH_CONTENT: readonly string[] = [
  'button', 'select', 'textarea', 'option', 'datalist', 'object', 'embed', 'applet', 'frameset', 'canvas',
];
