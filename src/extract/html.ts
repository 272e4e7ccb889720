/**
 * An article page -> its body text and metadata, with @mozilla/readability
 * over a linkedom document. Pure: no network, no files. A benchmark-grade
 * extractor (boilerplate line filters, site rules) is later work; this one
 * aims to be simple and to never crash on broken markup.
 */
import { Readability } from '@mozilla/readability';
import { blockText } from './blocks.js';
import { type DomDocument, type DomElement, parseDocument } from './dom.js';
import { readMetadata, splitByline } from './metadata.js';

/** The readable content of an HTML page. */
export interface ExtractedHtml {
  /** Plain text, paragraphs separated by blank lines; later offsets refer to it. */
  text: string;
  title: string | null;
  /** The site name (og:site_name, JSON-LD publisher). */
  source: string | null;
  authors: string[];
  /** `YYYY-MM-DD`. */
  published: string | null;
  lang: string | null;
  /** The canonical URL, else the URL the page was fetched from. */
  url: string | null;
}

/** Why a page gave no article; the caller adds the file name to make it a `Problem`. */
export interface HtmlFailure {
  code: 'bad-html' | 'no-text';
  /** What went wrong, without the file name. */
  reason: string;
  hint: string;
}

/** Elements dropped before the whole-body fallback: page furniture, never article text. */
const FURNITURE = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg';

/** Extracts the article from `html`; `url` resolves a relative canonical link. Never throws. */
export function extractHtml(html: string, url?: string): ExtractedHtml | HtmlFailure {
  try {
    return extract(html, url);
  } catch (error) {
    // linkedom and Readability are not written for hostile markup; one page must not stop a pile.
    const message = error instanceof Error ? error.message : String(error);
    return {
      code: 'bad-html',
      reason: `could not be read as HTML (${message})`,
      hint: 'Check that the file is a complete HTML page; save plain text as .txt',
    };
  }
}

function extract(html: string, url: string | undefined): ExtractedHtml | HtmlFailure {
  const document = parseDocument(html);
  if (document instanceof Error) {
    return {
      code: 'bad-html',
      reason: `could not be parsed as HTML (${document.message})`,
      hint: 'Check that the file is an HTML page; save plain text as .txt',
    };
  }
  const meta = readMetadata(document, url);
  const article = runReadability(document);
  let text = article?.content ? blockText(article.content) : '';
  if (text === '') {
    // Readability gives up on short or unusual pages; the visible body text is the honest fallback.
    const fresh = parseDocument(html);
    if (!(fresh instanceof Error)) text = bodyText(fresh);
  }
  if (text === '') {
    return {
      code: 'no-text',
      reason: 'has no readable text in its HTML body',
      hint: 'Check that the page was saved after it loaded; pages built by scripts have no text in the file',
    };
  }
  const source = meta.site ?? clean(article?.siteName);
  const byline = clean(article?.byline);
  return {
    text,
    title: stripSiteName(clean(article?.title) ?? meta.title, source),
    source,
    authors: meta.authors.length > 0 ? meta.authors : byline ? splitByline(byline) : [],
    published: meta.published,
    lang: meta.lang ?? clean(article?.lang),
    url: meta.url,
  };
}

/** True when `result` is a failure rather than an extracted page. */
export function isHtmlFailure(result: ExtractedHtml | HtmlFailure): result is HtmlFailure {
  return 'code' in result;
}

/**
 * Drops a " - Site" / " | Site" suffix (or "Site | " prefix) when it is the site name,
 * so titles from different outlets compare equal.
 */
export function stripSiteName(title: string | null, site: string | null): string | null {
  if (!title || !site) return title;
  const lowerSite = site.toLowerCase();
  for (const separator of [' - ', ' | ', ' – ', ' — ', ' :: ', ' · ', ': ']) {
    const at = title.lastIndexOf(separator);
    if (
      at > 0 &&
      title
        .slice(at + separator.length)
        .trim()
        .toLowerCase() === lowerSite
    ) {
      return title.slice(0, at).trim();
    }
    const first = title.indexOf(separator);
    if (first > 0 && title.slice(0, first).trim().toLowerCase() === lowerSite) {
      const rest = title.slice(first + separator.length).trim();
      if (rest) return rest;
    }
  }
  return title;
}

interface ReadabilityArticle {
  content: DomElement | null | undefined;
  title: string | null | undefined;
  byline: string | null | undefined;
  siteName: string | null | undefined;
  lang: string | null | undefined;
}

function runReadability(document: DomDocument): ReadabilityArticle | null {
  try {
    return new Readability<DomElement>(document, { serializer: (node) => node as DomElement }).parse();
  } catch {
    // Readability assumes well-formed trees; on odd ones the body fallback takes over.
    return null;
  }
}

function bodyText(document: DomDocument): string {
  for (const el of Array.from(document.querySelectorAll(FURNITURE))) el.remove();
  return document.body ? blockText(document.body) : '';
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}
