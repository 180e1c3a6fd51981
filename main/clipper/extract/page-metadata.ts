import { readJsonLdArticle } from './json-ld.js';
import { safeWebUrl } from './url-policy.js';

/**
 * What the page says about itself outside the article body: JSON-LD, Open Graph and article: meta
 * tags, <link rel=canonical>, <html lang/dir>. Readability reads some of these too; these values only
 * fill the fields where Readability found nothing. Read from the untouched document, before
 * Readability strips scripts and meta.
 */

export interface PageMetadata {
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  excerpt?: string;
  canonicalUrl?: string;
}

function clean(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The content of the first meta tag with one of these property/name values. */
function meta(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const element of Array.from(doc.querySelectorAll('meta'))) {
      const names = `${element.getAttribute('property') ?? ''} ${element.getAttribute('name') ?? ''}`.toLowerCase().split(/\s+/);
      if (names.includes(key)) {
        const content = clean(element.getAttribute('content'));
        if (content !== undefined) return content;
      }
    }
  }
  return undefined;
}

/** "en_US" (Open Graph's form) -> "en-US" (the BCP 47 form <html lang> uses). */
function localeToLang(locale: string | undefined): string | undefined {
  if (locale === undefined || !/^[a-z]{2,3}(?:[_-][a-z0-9]{2,8})*$/i.test(locale)) return undefined;
  return locale.replace(/_/g, '-');
}

export function directionOf(value: string | null | undefined): PageMetadata['dir'] {
  const lower = value?.trim().toLowerCase();
  return lower === 'ltr' || lower === 'rtl' || lower === 'auto' ? lower : undefined;
}

/** An author meta that is a profile URL (Facebook's article:author) is no byline. */
function personName(value: string | undefined): string | undefined {
  return value === undefined || /^https?:\/\//i.test(value) ? undefined : value;
}

function canonicalOf(doc: Document, jsonLdUrl: string | undefined): string | undefined {
  const base = /^https?:/i.test(doc.baseURI) ? doc.baseURI : undefined;
  const candidates = [doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), meta(doc, 'og:url'), jsonLdUrl];
  for (const candidate of candidates) {
    const value = clean(candidate);
    const url = value === undefined ? undefined : safeWebUrl(value, base);
    if (url !== undefined) return url;
  }
  return undefined;
}

function definedOnly(metadata: PageMetadata): PageMetadata {
  return Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== undefined)) as PageMetadata;
}

export function readPageMetadata(doc: Document): PageMetadata {
  const jsonLd = readJsonLdArticle(doc);
  const authors = jsonLd?.authors ?? [];
  return definedOnly({
    title: jsonLd?.headline ?? meta(doc, 'og:title') ?? clean(doc.title),
    byline: (authors.length > 0 ? authors.join(', ') : undefined) ?? personName(meta(doc, 'article:author', 'author')),
    siteName: jsonLd?.publisher ?? meta(doc, 'og:site_name'),
    publishedTime: jsonLd?.datePublished ?? meta(doc, 'article:published_time', 'og:article:published_time'),
    lang: clean(doc.documentElement.getAttribute('lang')) ?? localeToLang(jsonLd?.inLanguage) ?? localeToLang(meta(doc, 'og:locale')),
    dir: directionOf(doc.documentElement.getAttribute('dir')) ?? directionOf(doc.body?.getAttribute('dir') ?? null),
    excerpt: meta(doc, 'og:description', 'description'),
    canonicalUrl: canonicalOf(doc, jsonLd?.url),
  });
}
