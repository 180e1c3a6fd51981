import { AppError } from '../../../shared/api/result.js';
import type { ExtractedArticle } from '../clipper-types.js';
import { incompleteWarning, mainTextParagraphs, measureCoverage } from './completeness.js';
import { textOfElement } from './html-to-text.js';
import { collectImageUrls } from './image-urls.js';
import { parsePage } from './jsdom-window.js';
import { directionOf, readPageMetadata } from './page-metadata.js';
import { pickArticle } from './readability-pick.js';
import { sanitizeToElement } from './sanitize-html.js';
import { stripInertElements } from './strip-inert.js';

/**
 * From a page's HTML to what a clip stores: the article Readability picks and the whole page, both
 * sanitized, their plain text, the metadata, warnings a reporter should see, and the images to
 * capture. The page is parsed once; everything that needs the untouched document (metadata, the
 * page's paragraphs, the full-page HTML) is read before Readability, which rewrites the document it
 * is given, runs on it. Copying the body for the sanitizer costs less than cloning the whole document.
 */

export const NO_ARTICLE_WARNING =
  'No article was found on this page, so the whole page was kept. Check that it holds what you meant to clip.';

function untitled(url: string | undefined): string {
  if (url !== undefined) {
    try {
      return new URL(url).hostname || 'Untitled page';
    } catch {
      // Not a URL: fall through to the generic title.
    }
  }
  return 'Untitled page';
}

/**
 * The URL relative links resolve against: the page's <base> when it is a web address (as the browser
 * did), else the page's own URL; a hostile `<base href="javascript:…">` is ignored.
 */
function baseUrlOf(doc: Document): string | undefined {
  if (/^https?:/i.test(doc.baseURI)) return doc.baseURI;
  return /^https?:/i.test(doc.URL) ? doc.URL : undefined;
}

/**
 * Removes what neither the clip nor Readability keeps (Readability drops these itself, after reading
 * JSON-LD), so the full-page sanitizing pass does not parse and walk script and style text for
 * nothing: on news pages that is a large share of the bytes.
 */
function dropInertWeight(doc: Document): void {
  for (const element of Array.from(doc.querySelectorAll('style, script:not([type="application/ld+json" i]), link, template'))) {
    element.remove();
  }
}

export function extractArticle(html: string, options: { url?: string } = {}): ExtractedArticle {
  const doc = parsePage(stripInertElements(html), options.url);
  const baseUrl = baseUrlOf(doc);
  const metadata = readPageMetadata(doc);
  const paragraphs = mainTextParagraphs(doc);
  dropInertWeight(doc);
  // The full page is sanitized from a copy of the body taken before Readability rewrites the document.
  const fullBody = sanitizeToElement(doc.body ?? '', { baseUrl });
  const fullHtml = fullBody.innerHTML;
  const fullText = textOfElement(fullBody);

  const pick = pickArticle(doc);

  const articleBody = pick.found && pick.content !== undefined ? sanitizeToElement(pick.content, { baseUrl }) : undefined;
  const articleText = articleBody === undefined ? fullText : textOfElement(articleBody);
  const articleFound = articleBody !== undefined && articleText !== '';
  if (!articleFound && fullText === '') {
    throw new AppError('invalid_input', 'This page has no text to clip: it is empty or could not be read. Check the address, or copy the article text and paste it instead.');
  }

  const warnings: string[] = [];
  let mayBeIncomplete = false;
  if (!articleFound) {
    warnings.push(NO_ARTICLE_WARNING);
  } else {
    const coverage = measureCoverage(paragraphs, articleText);
    mayBeIncomplete = coverage.mayBeIncomplete;
    if (mayBeIncomplete) warnings.push(incompleteWarning(coverage));
  }

  return {
    title: pick.title ?? metadata.title ?? untitled(options.url),
    byline: pick.byline ?? metadata.byline,
    siteName: pick.siteName ?? metadata.siteName,
    publishedTime: pick.publishedTime ?? metadata.publishedTime,
    lang: pick.lang ?? metadata.lang,
    dir: directionOf(pick.dir) ?? metadata.dir,
    excerpt: pick.excerpt ?? metadata.excerpt,
    canonicalUrl: metadata.canonicalUrl,
    articleHtml: articleFound ? articleBody.innerHTML : fullHtml,
    articleText: articleFound ? articleText : fullText,
    fullHtml,
    fullText,
    articleFound,
    mayBeIncomplete,
    warnings,
    imageUrls: articleFound ? collectImageUrls(articleBody, fullBody) : collectImageUrls(fullBody),
  };
}
