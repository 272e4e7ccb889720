/**
 * The publication date of a page, from the most to the least deliberate
 * statement of it: JSON-LD `datePublished`, then publication meta tags, then
 * a <time> marked as the publication time, then any <time>, then the date in
 * the URL (`/2019/11/19/`, `/2019-11-19-`, `/20191119/`), then a date written
 * in the byline or dateline lines at the top of the article text.
 */
import { normaliseDate } from './date.js';
import type { TimeFact } from './outline.js';

/** Meta names that carry a publication date, most specific first. */
export const DATE_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'article.published',
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
  'publish_date',
  'publication_date',
  'sailthru.date',
  'parsely-pub-date',
  'cxenseparse:recs:publishtime',
  'date',
];

/** Everything the date can come from. */
export interface DateSources {
  jsonLd: unknown;
  metas: ReadonlyMap<string, string>;
  times: readonly TimeFact[];
  url: string | null;
  /** Short lines that may state the date: bylines and date lines removed from the top of the article. */
  lines: readonly string[];
}

const URL_DATE = [
  /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?:\/|$|[-_])/,
  /[/_-]((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[/_-]|$|\.)/,
  /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\/|$|[-_])/,
];

// Only short lines: a date in a long one is as likely an event in the story as the day it was written.
const MAX_DATE_LINE = 100;
const ISO_IN_TEXT = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/;
const DOTTED = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})\b/;

/** The publication date `YYYY-MM-DD` of a page, or null when nothing states one. */
export function publishedDate(sources: DateSources): string | null {
  const published = sources.times.find((t) => t.itemprop === 'datePublished' || t.pubdate);
  const candidates: unknown[] = [
    sources.jsonLd,
    ...DATE_KEYS.map((k) => sources.metas.get(k)),
    published?.datetime,
    sources.times[0]?.datetime,
  ];
  for (const candidate of candidates) {
    const date = normaliseDate(candidate);
    if (date) return date;
  }
  return dateFromUrl(sources.url) ?? dateInLines(sources.lines);
}

/** A date written into a URL's path, or null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const pattern of URL_DATE) {
    const match = pattern.exec(path);
    if (match) return normaliseDate(`${match[1]}-${match[2]}-${match[3]}`);
  }
  return null;
}

/** The first date written in a short byline or date line ("Published Nov. 19, 2019", "19.11.2019"), or null. */
export function dateInLines(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (line.length > MAX_DATE_LINE) continue;
    const iso = ISO_IN_TEXT.exec(line);
    const dotted = DOTTED.exec(line);
    const date =
      normaliseDate(line) ??
      (iso ? normaliseDate(`${iso[1]}-${iso[2]}-${iso[3]}`) : null) ??
      (dotted ? normaliseDate(`${dotted[3]}-${dotted[2]}-${dotted[1]}`) : null);
    if (date) return date;
  }
  return null;
}
