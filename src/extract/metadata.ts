/**
 * Page metadata (title, site, authors, date, language, canonical URL) read
 * from the facts the outline collected: JSON-LD, <meta> tags, <link>, <time>
 * and <title>, all taken from the page source before any narrowing removes
 * the <head> and the scripts that carry them.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { jsonLdAuthors, splitByline } from './authors.js';
import type { PageFacts } from './outline.js';
import { type DateSources, publishedDate } from './published.js';

/** What the page says about itself. */
export interface PageMetadata {
  title: string | null;
  /** The site name (og:site_name, JSON-LD publisher, application-name). */
  site: string | null;
  /** Authors from JSON-LD or author meta tags (a byline in the text is the caller's fallback). */
  authors: string[];
  /** Publication date from structured data and the URL; the caller adds dates found in the text. */
  published: string | null;
  lang: string | null;
  /** The canonical URL, else og:url, else the page URL. */
  url: string | null;
}

const AUTHOR_KEYS = [
  'author',
  'article:author',
  'dc.creator',
  'dcterms.creator',
  'parsely-author',
  'sailthru.author',
  'byl',
];

const ARTICLE_TYPE = /Article|Posting|Report|NewsArticle|BlogPosting/;

type Json = Record<string, unknown>;

/** Reads the metadata in `facts`; `pageUrl` (where the page came from) resolves relative links. */
export function readMetadata(facts: PageFacts, givenUrl?: string): PageMetadata {
  // A saved page may say where it came from in <base href> (newsbrief watch writes one).
  const pageUrl = givenUrl ?? baseHref(facts) ?? undefined;
  const metas = metaValues(facts);
  const ld = jsonLdArticle(facts.jsonLd);
  const url = resolveUrl(canonicalHref(facts) ?? metas.get('og:url') ?? pageUrl, pageUrl);

  let authors = ld ? jsonLdAuthors(ld.author) : [];
  if (authors.length === 0) {
    for (const key of AUTHOR_KEYS) {
      const value = metas.get(key);
      if (value && !isUrl(value)) authors = splitByline(value);
      if (authors.length > 0) break;
    }
  }

  const publisher = ld?.publisher;
  const site =
    metas.get('og:site_name') ??
    (isObject(publisher) && typeof publisher.name === 'string' ? publisher.name : undefined) ??
    metas.get('application-name');

  const title =
    metas.get('og:title') ??
    metas.get('twitter:title') ??
    (typeof ld?.headline === 'string' ? ld.headline : undefined) ??
    (facts.title === null ? undefined : decodeHTML(facts.title));

  const dateSources: DateSources = {
    jsonLd: ld?.datePublished ?? ld?.dateCreated,
    metas,
    times: facts.times,
    url: pageUrl ?? url,
    lines: [],
  };
  return {
    title: clean(title),
    site: siteName(site),
    authors,
    published: publishedDate(dateSources),
    lang: clean(facts.lang ?? metas.get('content-language') ?? metas.get('og:locale')?.replace('_', '-')),
    url,
  };
}

/** Meta tags by lower-cased name/property/itemprop, values entity-decoded; the first tag of a name wins. */
function metaValues(facts: PageFacts): Map<string, string> {
  const values = new Map<string, string>();
  for (const attributes of facts.metas) {
    const key =
      attributes.property ?? attributes.name ?? attributes.itemprop ?? attributes['http-equiv'] ?? undefined;
    const content = attributes.content === undefined ? '' : decodeHTMLAttribute(attributes.content).trim();
    if (!key || !content) continue;
    const normalised = key.trim().toLowerCase();
    // Pages repeat tags in widgets further down; the head's comes first.
    if (!values.has(normalised)) values.set(normalised, content);
  }
  return values;
}

function baseHref(facts: PageFacts): string | null {
  if (!facts.base) return null;
  const href = decodeHTMLAttribute(facts.base).trim();
  return /^https?:\/\//i.test(href) ? href : null;
}

function canonicalHref(facts: PageFacts): string | undefined {
  const link = facts.links.find((attributes) =>
    (attributes.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  return link?.href ? decodeHTMLAttribute(link.href) : undefined;
}

/** The JSON-LD object describing the article, or any object with a publication date. */
function jsonLdArticle(scripts: readonly string[]): Json | undefined {
  const objects: Json[] = [];
  for (const script of scripts) {
    const raw = script.replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, '');
    // Raw tabs and newlines inside strings are the commonest JSON-LD error; as spaces they are harmless.
    for (const text of [raw, raw.replace(/\p{Cc}+/gu, ' ')]) {
      try {
        collectObjects(JSON.parse(text), objects, 0);
        break;
      } catch {
        // Broken JSON-LD is common; the page's other metadata still counts.
      }
    }
  }
  const isArticle = (o: Json): boolean => {
    const type = o['@type'];
    return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
  };
  return objects.find(isArticle) ?? objects.find((o) => o.datePublished !== undefined);
}

function collectObjects(value: unknown, into: Json[], depth: number): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, into, depth + 1);
  } else if (isObject(value)) {
    into.push(value);
    collectObjects(value['@graph'], into, depth + 1);
    collectObjects(value.mainEntity, into, depth + 1);
  }
}

/** Some pages give their address as the site name; its host name is the readable part. */
function siteName(value: string | undefined): string | null {
  const name = clean(value);
  if (!name || !isUrl(name)) return name;
  try {
    return new URL(name.startsWith('//') ? `https:${name}` : name).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function resolveUrl(href: string | undefined, base: string | undefined): string | null {
  if (!href?.trim()) return null;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    // A relative link with no page URL to resolve against stays as written.
    return href.trim();
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isUrl(value: string): boolean {
  return /^(?:https?:)?\/\//i.test(value.trim());
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}
