/**
 * A speed-up for sanitizing whole pages, not a safety measure: DOMPurify, when it removes an element
 * but keeps its content, CLONES the element's children into its parent, so every nested wrapper it
 * removes (div soup inside <main>, <nav>, <form>...) copies its subtree again. This pass does the same
 * unwrapping by MOVING children, which costs nothing, before DOMPurify runs. DOMPurify still checks
 * every node afterwards. It only touches HTML elements outside the allow-list; elements DOMPurify drops
 * together with their content (script, style, svg, math, template...) and anything in a foreign
 * namespace are left whole for DOMPurify to remove, and never entered.
 */

const XHTML = 'http://www.w3.org/1999/xhtml';

export function unwrapDisallowed(root: Element, allowed: ReadonlySet<string>, droppedWithContent: ReadonlySet<string>): void {
  let node = root.firstChild;
  while (node !== null) {
    const next = node.nextSibling;
    if (node.nodeType !== 1) {
      node = next;
      continue;
    }
    const element = node as Element;
    const tag = element.localName;
    if (element.namespaceURI !== XHTML || droppedWithContent.has(tag)) {
      node = next;
      continue;
    }
    if (allowed.has(tag)) {
      unwrapDisallowed(element, allowed, droppedWithContent);
      node = next;
      continue;
    }
    // Move the children up in place of the element, then look at them next: they may be wrappers too.
    const first = element.firstChild;
    while (element.firstChild !== null) root.insertBefore(element.firstChild, element);
    element.remove();
    node = first ?? next;
  }
}
