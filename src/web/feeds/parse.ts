/**
 * Feeds -> a flat list of items. RSS 2.0, Atom, RDF (RSS 1.0) and JSON Feed
 * are parsed by feedsmith; this module reads its raw output into one shape:
 * a stable id (guid, Atom id, rdf:about, JSON id, else the link), the
 * article link (relative links resolved against the feed), the title and
 * the publication instant (raw date strings normalised by `parseFeedDate`).
 * A feed that cannot be parsed gives a `FeedParseError` naming the feed.
 */
import { parseFeed } from 'feedsmith';
import { decodeHtml } from '../../extract/charset.js';
import { parseFeedDate } from './dates.js';

/** One entry of a feed. */
export interface FeedItem {
  /** Stable identity within the feed: what "seen" is remembered by. */
  id: string;
  /** The article's address, absolute; null when the entry links nowhere. */
  url: string | null;
  title: string | null;
  /** ISO instant in UTC, or null when the feed gives none (or a broken one). */
  published: string | null;
}

/** A parsed feed. */
export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  items: FeedItem[];
}

/** A document that is not a feed, or a broken one. */
export class FeedParseError extends Error {
  override name = 'FeedParseError';
}

type Raw = Record<string, unknown>;

/** Parses feed bytes fetched from `feedUrl` (`contentType` is the HTTP header, for the charset). */
export function parseFeedBytes(bytes: Uint8Array, feedUrl: string, contentType?: string | null): ParsedFeed {
  return parseFeedText(decodeHtml(bytes, contentType).text, feedUrl);
}

/** Parses a feed document's text; items come in the feed's order. */
export function parseFeedText(text: string, feedUrl: string): ParsedFeed {
  let parsed: { format: ParsedFeed['format']; feed: unknown };
  try {
    parsed = parseFeed(text.replace(/^\uFEFF/, '')) as typeof parsed;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedParseError(
      `${feedUrl}: is not an RSS, Atom, RDF or JSON feed (${reason}); starts with ${JSON.stringify(text.trim().slice(0, 40))}`,
    );
  }
  const feed = (parsed.feed ?? {}) as Raw;
  const list = (parsed.format === 'atom' ? feed.entries : feed.items) as unknown;
  const items: FeedItem[] = [];
  const ids = new Set<string>();
  for (const entry of Array.isArray(list) ? list : []) {
    if (typeof entry !== 'object' || entry === null) continue;
    const item = readItem(parsed.format, entry as Raw, feedUrl);
    // An entry with neither id nor link cannot be remembered, so it cannot be fetched exactly once.
    if (!item || ids.has(item.id)) continue;
    ids.add(item.id);
    items.push(item);
  }
  return { format: parsed.format, title: text_(parsed.format === 'atom' ? feed.title : feed.title), items };
}

function readItem(format: ParsedFeed['format'], entry: Raw, feedUrl: string): FeedItem | null {
  let id: string | null = null;
  let link: string | null = null;
  let dates: unknown[] = [];
  switch (format) {
    case 'rss': {
      id = text_(entry.guid);
      link = text_(entry.link) ?? alternateLink((entry.atom as Raw | undefined)?.links);
      dates = [
        entry.pubDate,
        ...list((entry.dc as Raw | undefined)?.dates),
        (entry.atom as Raw | undefined)?.published,
      ];
      break;
    }
    case 'atom':
      id = text_(entry.id);
      link = alternateLink(entry.links);
      dates = [entry.published, entry.updated];
      break;
    case 'rdf':
      id = text_((entry.rdf as Raw | undefined)?.about);
      link = text_(entry.link);
      dates = list((entry.dc as Raw | undefined)?.dates);
      break;
    case 'json':
      id = text_(entry.id);
      link = text_(entry.url) ?? text_(entry.external_url);
      dates = [entry.date_published, entry.date_modified];
      break;
  }
  const url = absolute(link, feedUrl);
  const key = id ?? url;
  if (!key) return null;
  let published: string | null = null;
  for (const date of dates) {
    published = parseFeedDate(date);
    if (published) break;
  }
  return { id: key, url, title: text_(entry.title), published };
}

/** The href of an Atom `rel="alternate"` link (or the first link without a rel). */
function alternateLink(links: unknown): string | null {
  const candidates = list(links).filter((l): l is Raw => typeof l === 'object' && l !== null);
  const alternate =
    candidates.find((l) => l.rel === 'alternate' && (!l.type || /html/i.test(String(l.type)))) ??
    candidates.find((l) => l.rel === undefined || l.rel === 'alternate');
  return alternate ? text_(alternate.href) : null;
}

function absolute(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A string from feedsmith's values: a string, or an object with a `value` (Atom text, RSS guid). */
function text_(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'object' && value !== null && 'value' in value) return text_((value as Raw).value);
  return null;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}
