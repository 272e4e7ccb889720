/**
 * Site furniture: lines a site repeats on every article page (a newsletter
 * pitch, "About Ascom" press-release boilerplate, an author bio, a
 * disclaimer) that no generic rule can know. One page cannot tell them from
 * prose; several pages of the same site can. These are pure functions: the
 * caller keeps the lines of other pages of the site (`SiteMemory` is a small
 * helper for that) and passes them in.
 *
 * A line is furniture when it also appears on at least `minPages` other
 * pages. Pages that share much of this page's text are left out of the
 * count: they are other versions of the same article (an update, a
 * syndicated copy), and their shared lines are the story itself.
 */

/** Tuning of `siteFurniture`. */
export interface FurnitureOptions {
  /** Other pages a line must appear on (default 2: one page might quote another). */
  minPages?: number;
  /** An other page sharing more than this share of this page's characters is a version of it (default 0.5). */
  sameArticleShare?: number;
  /** Never remove more than this share of a page's characters (default 0.6). */
  maxRemovedShare?: number;
}

/** The key a line is remembered by: case, spacing, punctuation and numbers (years, counts) ignored. */
export function lineKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/\d+/g, '0')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Indices of `lines` that are site furniture, judged against the lines of `otherPages` of the same site. */
export function siteFurniture(
  lines: readonly string[],
  otherPages: readonly (readonly string[])[],
  options: FurnitureOptions = {},
): Set<number> {
  const minPages = options.minPages ?? 2;
  const keys = lines.map(lineKey);
  // Each distinct line with its length: long shared lines say "same article" more than short ones.
  const own = new Map<string, number>();
  for (const [i, key] of keys.entries()) if (key !== '') own.set(key, lines[i]!.length);
  if (own.size === 0) return new Set();
  const total = lines.reduce((n, line) => n + line.length, 0);
  const counts = new Map<string, number>();
  for (const page of otherPages) {
    const pageKeys = new Set(page.map(lineKey));
    let shared = 0;
    for (const [key, length] of own) if (pageKeys.has(key)) shared += length;
    if (shared === 0 || shared > total * (options.sameArticleShare ?? 0.5)) continue;
    for (const key of own.keys()) if (pageKeys.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const furniture = new Set<number>();
  let removed = 0;
  for (const [i, key] of keys.entries()) {
    if (key !== '' && (counts.get(key) ?? 0) >= minPages) {
      furniture.add(i);
      removed += lines[i]!.length;
    }
  }
  // A page made mostly of lines seen elsewhere is a listing or a copy, not an article with furniture.
  return removed > total * (options.maxRemovedShare ?? 0.6) ? new Set() : furniture;
}

/** Remembers the lines of the last pages seen per site, for `siteFurniture`. */
export class SiteMemory {
  private readonly sites = new Map<string, string[][]>();

  /** `maxPages`: how many recent pages are kept per site. */
  constructor(private readonly maxPages = 50) {}

  /** The remembered pages of the site `url` belongs to. */
  pagesFor(url: string): readonly (readonly string[])[] {
    return this.sites.get(siteOf(url)) ?? [];
  }

  /** Remembers `lines` (an `ExtractedHtml.lines`) as a page of the site of `url`. */
  remember(url: string, lines: readonly string[]): void {
    const site = siteOf(url);
    const pages = this.sites.get(site) ?? [];
    pages.push([...lines]);
    if (pages.length > this.maxPages) pages.shift();
    this.sites.set(site, pages);
  }
}

/** The site of a URL: its host name without "www.". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return url;
  }
}
