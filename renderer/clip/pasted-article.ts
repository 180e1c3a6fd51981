/**
 * What a paste brings: the clipboard's HTML (so headings, links and images survive) and its plain
 * text. The paste box shows the text; the HTML is sent only while the box still holds exactly what was
 * pasted, so an edit the reporter made is never silently replaced by the formatted original.
 */

export interface ClipboardLike {
  getData(type: string): string;
}

export interface PastedContent {
  html: string | null;
  text: string;
}

export function readPaste(data: ClipboardLike): PastedContent {
  const html = data.getData('text/html');
  return { html: html.trim() ? html : null, text: data.getData('text/plain') };
}

const normalize = (value: string) => value.replace(/\r\n?/g, '\n').trim();

/** True when the box holds what was pasted, so the pasted HTML still describes it. */
export function keepsFormatting(boxText: string, pasted: PastedContent | null): pasted is PastedContent & { html: string } {
  return pasted !== null && pasted.html !== null && normalize(boxText) === normalize(pasted.text);
}

/** The pasteArticle input for what the box holds, or null when there is nothing to clip. */
export function pasteInput(boxText: string, title: string, pasted: PastedContent | null): { html?: string; text?: string; title?: string } | null {
  const withTitle = title.trim() ? { title: title.trim() } : {};
  if (keepsFormatting(boxText, pasted)) return { html: pasted.html, text: boxText, ...withTitle };
  if (!boxText.trim()) return null;
  return { text: boxText, ...withTitle };
}
