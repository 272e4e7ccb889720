/**
 * Page metadata (date, authors, site, canonical URL, language) read from
 * JSON-LD, <meta> tags and <time> elements. It must run before Readability,
 * which removes the <script> elements that carry JSON-LD.
 */
import { normaliseDate } from './date.js';
import type { DomDocument, DomElement } from './dom.js';

/** What the page says about itself, before any article extraction. */
export interface PageMetadata {
  title: string | null;
  site: string | null;
  published: string | null;
  authors: string[];
  lang: string | null;
  url: string | null;
}

/** Meta names that carry a publication date, most specific first. */
const DATE_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dc.date.created',
  'dcterms.created',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'sailthru.date',
  'parsely-pub-date',
  'date',
];

const AUTHOR_KEYS = [
  'author',
  'article:author',
  'dc.creator',
  'dcterms.creator',
  'parsely-author',
  'sailthru.author',
];

const ARTICLE_TYPE = /Article|Posting|Report/;

// Job titles that follow a name in bylines ("Tom Krisher, AP Auto Writer") are not people.
const ROLE = /\b(?:writer|editor|correspondent|reporter|contributor|columnist|staff)\b/i;

type Json = Record<string, unknown>;

/** Reads the metadata of `document`; relative canonical URLs are resolved against `url`. */
export function readMetadata(document: DomDocument, url?: string): PageMetadata {
  const meta = metaValues(document);
  const ld = jsonLdArticle(document);
  const timeElements = Array.from(document.querySelectorAll('time[datetime]'));
  const publishedTime = timeElements.find(
    (el) => el.getAttribute('itemprop') === 'datePublished' || el.getAttribute('pubdate') !== null,
  );
  const dateCandidates = [
    ld?.datePublished,
    ...DATE_KEYS.map((key) => meta.get(key)),
    publishedTime?.getAttribute('datetime'),
    timeElements[0]?.getAttribute('datetime'),
  ];
  let published: string | null = null;
  for (const candidate of dateCandidates) {
    published = normaliseDate(candidate);
    if (published) break;
  }

  let authors = ld ? personNames(ld.author) : [];
  if (authors.length === 0) {
    const byline = AUTHOR_KEYS.map((key) => meta.get(key)).find((v) => v !== undefined && !isUrl(v));
    authors = byline ? splitByline(byline) : [];
  }

  const publisher = ld?.publisher;
  const site =
    meta.get('og:site_name') ??
    (isObject(publisher) && typeof publisher.name === 'string' ? publisher.name : undefined) ??
    meta.get('application-name');

  const canonical = Array.from(document.querySelectorAll('link[rel][href]')).find((el) =>
    (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  const title =
    meta.get('og:title') ?? meta.get('twitter:title') ?? stringOr(ld?.headline) ?? titleText(document);

  return {
    title: clean(title),
    site: siteName(site),
    published,
    authors,
    lang: clean(document.documentElement?.getAttribute('lang') ?? meta.get('content-language')),
    url: resolveUrl(canonical?.getAttribute('href') ?? meta.get('og:url') ?? url, url),
  };
}

/** Splits a byline ("By Jane Doe and John Roe") into names. */
export function splitByline(byline: string): string[] {
  const names = byline
    .replace(/^\s*by[\s:]+/i, '')
    .split(/\s*(?:,|;|&|\||\band\b)\s*/i)
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter((name) => name !== '' && name.length <= 80 && !isUrl(name) && !ROLE.test(name));
  return [...new Set(names)];
}

function metaValues(document: DomDocument): Map<string, string> {
  const values = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta[content]'))) {
    const key =
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      el.getAttribute('http-equiv');
    const content = el.getAttribute('content')?.trim();
    if (!key || !content) continue;
    const normalised = key.trim().toLowerCase();
    // The first tag wins: pages repeat tags in widgets further down.
    if (!values.has(normalised)) values.set(normalised, content);
  }
  return values;
}

/** The JSON-LD object describing the article, or any object with a publication date. */
function jsonLdArticle(document: DomDocument): Json | undefined {
  const objects: Json[] = [];
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if (!(script.getAttribute('type') ?? '').toLowerCase().includes('ld+json')) continue;
    const raw = (script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '');
    try {
      collectObjects(JSON.parse(raw), objects, 0);
    } catch {
      // Broken JSON-LD is common; the page's other metadata still counts.
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
  }
}

function personNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names = list.flatMap((item) => {
    if (typeof item === 'string') return isUrl(item) ? [] : splitByline(item);
    if (isObject(item) && typeof item.name === 'string') return splitByline(item.name);
    return [];
  });
  return [...new Set(names.filter((name) => name !== ''))];
}

function titleText(document: DomDocument): string | undefined {
  const el = document.querySelectorAll('title')[0] as DomElement | undefined;
  return el?.textContent ?? undefined;
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

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}
