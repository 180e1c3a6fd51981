/**
 * The article object a page describes about itself in JSON-LD (schema.org NewsArticle and kin).
 * Pages nest it in arrays and @graph lists, and write authors as strings, objects or arrays of
 * either; this reads all of those shapes and ignores anything it cannot parse.
 */

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle)$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface JsonLdArticle {
  headline?: string;
  authors: string[];
  publisher?: string;
  datePublished?: string;
  inLanguage?: string;
  url?: string;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isArticle(value: JsonObject): boolean {
  const type = value['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t.replace(/^https?:\/\/schema\.org\//, '')));
}

/** Every object in a JSON-LD value, depth first, so articles inside @graph or arrays are found. */
function* objectsIn(value: Json | undefined, depth = 0): Generator<JsonObject> {
  if (depth > 6 || value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) yield* objectsIn(item, depth + 1);
  } else if (isObject(value)) {
    yield value;
    yield* objectsIn(value['@graph'], depth + 1);
  }
}

function text(value: Json | undefined): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.replace(/\s+/g, ' ').trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (Array.isArray(value)) return text(value[0]);
  return undefined;
}

function nameOf(value: Json | undefined): string | undefined {
  if (isObject(value)) return text(value.name);
  return text(value);
}

function names(value: Json | undefined): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.map(nameOf).filter((name): name is string => name !== undefined);
}

function urlOf(value: Json | undefined): string | undefined {
  if (isObject(value)) return text(value['@id']) ?? text(value.url);
  return text(value);
}

function toArticle(value: JsonObject): JsonLdArticle {
  const article: JsonLdArticle = { authors: names(value.author) };
  const headline = text(value.headline) ?? text(value.name);
  if (headline !== undefined) article.headline = headline;
  const publisher = nameOf(value.publisher);
  if (publisher !== undefined) article.publisher = publisher;
  const datePublished = text(value.datePublished);
  if (datePublished !== undefined) article.datePublished = datePublished;
  const inLanguage = typeof value.inLanguage === 'string' ? text(value.inLanguage) : nameOf(value.inLanguage);
  if (inLanguage !== undefined) article.inLanguage = inLanguage;
  const url = text(value.url) ?? urlOf(value.mainEntityOfPage);
  if (url !== undefined) article.url = url;
  return article;
}

/** The first article described by the page's JSON-LD blocks, if any. */
export function readJsonLdArticle(doc: Document): JsonLdArticle | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    let parsed: Json;
    try {
      // Some CMSs wrap JSON-LD in CDATA markers or HTML comments.
      parsed = JSON.parse((script.textContent ?? '').replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, '')) as Json;
    } catch {
      continue;
    }
    for (const candidate of objectsIn(parsed)) {
      if (isArticle(candidate)) return toArticle(candidate);
    }
  }
  return undefined;
}
