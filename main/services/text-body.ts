import { escapeHtml } from '../../shared/domain/escape-html';

/**
 * Turning plain text into the clip's stored forms. The plain text is what claims anchor into, so it
 * is kept exactly as received except for line endings; the HTML is derived from it, one <p> per line.
 */

/** Normalise line endings so the same article pasted on Windows and on macOS hashes the same. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
}


/** Paragraphs are separated by line breaks; blank lines do not make empty paragraphs. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Escaped HTML for a text clip: safe by construction, since every character of input is escaped. */
export function textToHtml(text: string): string {
  return splitParagraphs(text)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n');
}

/** A title from the text's first line, for a clip pasted without one. */
export function titleFromText(text: string): string {
  const first = splitParagraphs(text)[0] ?? 'Untitled clip';
  return first.length > 120 ? `${first.slice(0, 117).trimEnd()}…` : first;
}
