/**
 * An article page -> its body text and metadata. Pure: no network, no files.
 *
 *   outline (one tokenizer pass: tree offsets + metadata facts)
 *   -> narrow (cut what Readability's first pass drops, keep the region holding the text)
 *   -> linkedom + Readability on that small document (the whole page if it gives nothing)
 *   -> paragraphs with their context -> line filter -> site furniture filter
 *
 * Never throws: a page that cannot be read is a `HtmlFailure` saying why.
 */

import { isAuthorName, splitByline } from './authors.js';
import { type Block, blocksOf } from './blocks.js';
import { type DomDocument, type DomElement, parseDocument } from './dom.js';
import { type DroppedLine, filterBlocks } from './filter.js';
import { siteFurniture } from './furniture.js';
import { detectLanguage } from './language.js';
import { readMetadata } from './metadata.js';
import { narrow } from './narrow.js';
import { type OutlineNode, outline } from './outline.js';
import { dateInLines } from './published.js';
import { type ReadableArticle, readArticle } from './readable.js';
import { stripSiteName } from './title.js';

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
  /** Lines taken out of the article text, with why. */
  dropped: DroppedLine[];
  /** The page's paragraphs before site furniture was removed: what to remember of it for its site. */
  lines: string[];
}

/** Why a page gave no article; the caller adds the file name to make it a `Problem`. */
export interface HtmlFailure {
  code: 'bad-html' | 'no-text';
  /** What went wrong, without the file name. */
  reason: string;
  hint: string;
}

/** What `extractHtml` may know besides the markup. */
export interface ExtractOptions {
  /** Where the page came from: resolves a relative canonical link, and gives dates and site names in URLs. */
  url?: string;
  /** The `lines` of other pages of the same site: lines repeated across them are site furniture. */
  siteLines?: readonly (readonly string[])[];
}

/** Elements dropped before the whole-body fallback: page furniture, never article text. */
const FURNITURE = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg';

// Below this, the narrowed page may have lost the article (Readability itself retries under 500 characters).
const MIN_ARTICLE_CHARS = 250;

/** Extracts the article from `html`; a string second argument is the page URL. Never throws. */
export function extractHtml(
  html: string,
  options: ExtractOptions | string = {},
): ExtractedHtml | HtmlFailure {
  const opts = typeof options === 'string' ? { url: options } : options;
  try {
    return extract(html, opts);
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

/** True when `result` is a failure rather than an extracted page. */
export function isHtmlFailure(result: ExtractedHtml | HtmlFailure): result is HtmlFailure {
  return 'code' in result && !('text' in result);
}

function extract(html: string, options: ExtractOptions): ExtractedHtml | HtmlFailure {
  const page = outline(html);
  const meta = readMetadata(page.facts, options.url);
  const article = findArticle(html, page.root, page.facts.title);
  let blocks = article ? blocksOf(article.content) : [];
  if (blocks.length === 0) {
    // Readability gives up on short or unusual pages; the visible body text is the honest fallback.
    const document = parseDocument(html);
    if (document instanceof Error) {
      return {
        code: 'bad-html',
        reason: `could not be parsed as HTML (${document.message})`,
        hint: 'Check that the file is an HTML page; save plain text as .txt',
      };
    }
    blocks = bodyBlocks(document);
  }
  const source = meta.site ?? clean(article?.siteName);
  const title = stripSiteName(meta.title ?? clean(article?.title), source, meta.url ?? options.url);
  let filtered = filterBlocks(blocks, { title });
  // A page the filter would empty (a gallery of captions, a page of links) keeps its text: the
  // filter judges lines within an article, and here it found no article to judge them against.
  if (filtered.kept.length === 0) filtered = { kept: blocks, dropped: [] };
  const lines = filtered.kept.map((block) => block.text);
  const furniture = options.siteLines ? siteFurniture(lines, options.siteLines) : new Set<number>();
  const dropped = [...filtered.dropped];
  const body: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (furniture.has(i)) dropped.push({ text: line, reason: 'site-furniture' });
    else body.push(line);
  }
  const text = body.join('\n\n');
  if (text === '') {
    return {
      code: 'no-text',
      reason: 'has no readable text in its HTML body',
      hint: 'Check that the page was saved after it loaded; pages built by scripts have no text in the file',
    };
  }
  const byline = clean(article?.byline);
  const named =
    meta.authors.length > 0 ? meta.authors : byline ? splitByline(byline) : bylineAuthors(filtered.dropped);
  const authors = withoutPublisher(named, source);
  const dateLines = filtered.dropped.filter((d) => d.reason === 'byline' || d.reason === 'date');
  return {
    text,
    title,
    source,
    authors,
    published: meta.published ?? dateInLines([...(byline ? [byline] : []), ...dateLines.map((d) => d.text)]),
    lang: language(meta.lang ?? clean(article?.lang), text),
    url: meta.url,
    dropped,
    lines,
  };
}

/** Readability on the narrowed page, then on the whole page if the narrowing lost the article. */
function findArticle(html: string, root: OutlineNode, title: string | null): ReadableArticle | null {
  const narrowed = narrow(html, root, title);
  const small = parseDocument(narrowed.html);
  const first = small instanceof Error ? null : readArticle(small);
  if (first && textLength(first.content) >= MIN_ARTICLE_CHARS) return first;
  const whole = parseDocument(html);
  const second = whole instanceof Error ? null : readArticle(whole);
  if (!second) return first;
  return !first || textLength(second.content) > textLength(first.content) ? second : first;
}

function textLength(element: DomElement): number {
  return (element.textContent ?? '').trim().length;
}

function bodyBlocks(document: DomDocument): Block[] {
  for (const el of Array.from(document.querySelectorAll(FURNITURE))) el.remove();
  return document.body ? blocksOf(document.body) : [];
}

/**
 * Authors without the publisher: sites name themselves as the author ("Snopes" on snopes.com)
 * or as a co-author ("Jill Disis, CNN Business" on CNN). Another outlet (an agency) stays.
 */
function withoutPublisher(authors: string[], site: string | null): string[] {
  if (!site) return authors;
  const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const siteKey = key(site);
  return authors.filter((name) => {
    const nameKey = key(name);
    return nameKey === '' || !(siteKey.includes(nameKey) || nameKey.includes(siteKey));
  });
}

/** Authors named by byline lines the filter took out of the text. */
function bylineAuthors(dropped: readonly DroppedLine[]): string[] {
  for (const line of dropped) {
    if (line.reason !== 'byline') continue;
    const names = splitByline(line.text).filter(isAuthorName);
    if (names.length > 0) return names;
  }
  return [];
}

/**
 * The declared language, unless the text is confidently in another one: CMS templates
 * declare their default ("en") on pages written in German or Portuguese.
 */
function language(declared: string | null, text: string): string | null {
  const detected = detectLanguage(text);
  if (!declared) return detected;
  const primary = declared.toLowerCase().split(/[-_]/)[0];
  return detected && detected !== primary ? detected : declared;
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** Re-exported for callers that import it from here, as they did before `title.ts` existed. */
export { stripSiteName };
