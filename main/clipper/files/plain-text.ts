import { escapeHtml } from '../../../shared/domain/escape-html';
import type { ExtractedArticle } from '../clipper-types';

/**
 * Plain text into the clip's stored forms. Paragraphs are separated by one blank line ("\n\n") in the
 * stored text, which is what claims anchor into; line breaks inside a paragraph are kept, because
 * poems, addresses and Markdown lists mean something by them.
 */


/** Paragraphs split on blank lines, each trimmed of trailing spaces per line; empty ones dropped. */
export function textParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    .split(/\n[ \t\f\v]*\n\s*/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trimEnd())
        .join('\n')
        .trim(),
    )
    .filter((paragraph) => paragraph !== '');
}

/** Escaped HTML, one <p> per paragraph: safe by construction, since every character is escaped. */
export function paragraphsToHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>\n')}</p>`).join('\n');
}

/** A title from the first paragraph's first line, shortened, for text that came without one. */
export function titleFromParagraphs(paragraphs: readonly string[], fallback: string): string {
  const first = (paragraphs[0] ?? '').split('\n')[0]?.replace(/^#+\s*/, '').trim() || fallback;
  return first.length > 120 ? `${first.slice(0, 117).trimEnd()}…` : first;
}

/**
 * A document whose whole text is the article (a text file, a PDF): nothing was picked out of a page,
 * so the article and the full page are the same and there is nothing to warn about.
 */
export function wholeDocumentArticle(title: string, html: string, text: string): ExtractedArticle {
  return {
    title,
    articleHtml: html,
    articleText: text,
    fullHtml: html,
    fullText: text,
    articleFound: true,
    mayBeIncomplete: false,
    warnings: [],
    imageUrls: [],
  };
}

/** A text document as an extracted article. */
export function textArticle(paragraphs: readonly string[], title: string): ExtractedArticle {
  return wholeDocumentArticle(title, paragraphsToHtml(paragraphs), paragraphs.join('\n\n'));
}
