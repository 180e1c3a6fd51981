import { isProbablyReaderable, Readability } from '@mozilla/readability';

/**
 * Readability's pick of the article, and whether it really is one. Readability always hands back its
 * best attempt, even for a list of links, so "found" needs a second opinion: the pick must reach
 * Readability's own success bar (500 characters of text), or the page must look like an article to
 * Readability's quick readerability check.
 */

const CHAR_THRESHOLD = 500;

export interface ReadabilityPick {
  found: boolean;
  /**
   * Readability's article as the element it built (absolute URLs, not yet sanitized), not as HTML:
   * the sanitizer imports the tree directly instead of serializing and parsing it again (~40 ms on a
   * 1 MB page). Undefined when it found nothing at all.
   */
  content?: Element;
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
  dir?: string;
  excerpt?: string;
}

function present(value: string | null | undefined): string | undefined {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** Runs Readability on `doc`, which it MUTATES: read everything else from the document first. */
export function pickArticle(doc: Document): ReadabilityPick {
  const readerable = isProbablyReaderable(doc);
  const result = new Readability<Element>(doc, { charThreshold: CHAR_THRESHOLD, serializer: (node) => node as Element }).parse();
  if (result === null) return { found: false };
  const textLength = (result.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return {
    found: textLength > 0 && (textLength >= CHAR_THRESHOLD || readerable),
    content: result.content ?? undefined,
    title: present(result.title),
    byline: present(result.byline),
    siteName: present(result.siteName),
    publishedTime: present(result.publishedTime),
    lang: present(result.lang),
    dir: present(result.dir),
    excerpt: present(result.excerpt),
  };
}
