/**
 * Headlines without the site's name: "Storm hits coast - BBC News" and
 * "BBC News | Storm hits coast" both become "Storm hits coast", so titles
 * from different outlets compare equal. The part dropped must be the site:
 * its name as the page gives it, or its host name ("nytimes.com" ~ "The New
 * York Times" is not guessed, but "NYTimes.com" and "nytimes" are).
 */

const SEPARATORS = [' - ', ' | ', ' – ', ' — ', ' :: ', ' · ', ' • ', ' » ', ' // ', ': '];

/** Drops a " - Site" suffix or "Site | " prefix when it names the site; otherwise returns `title` as is. */
export function stripSiteName(title: string | null, site: string | null, url?: string | null): string | null {
  if (!title) return title;
  const names = siteKeys(site, url);
  if (names.length === 0) return title;
  for (const separator of SEPARATORS) {
    const last = title.lastIndexOf(separator);
    if (last > 0 && names.includes(key(title.slice(last + separator.length)))) {
      const rest = title.slice(0, last).trim();
      // A title may carry a section too ("Storm hits coast - Weather - BBC News"): only the site goes.
      if (rest) return rest;
    }
    const first = title.indexOf(separator);
    if (first > 0 && names.includes(key(title.slice(0, first)))) {
      const rest = title.slice(first + separator.length).trim();
      if (rest) return rest;
    }
  }
  return title;
}

/** The forms of the site's name a title may use: as given, and the host name with and without its suffix. */
function siteKeys(site: string | null, url: string | null | undefined): string[] {
  const keys = new Set<string>();
  if (site) keys.add(key(site));
  const host = hostOf(url);
  if (host) {
    keys.add(key(host));
    const labels = host.split('.');
    // "www.nj.com" -> "nj", "edition.cnn.com" -> "cnn", "entermedia.co.kr" -> "entermedia": the
    // registered name before the public suffix (a country code, after "co", "com", "org", ... or not).
    const last = labels.length - 1;
    const secondLevel = last >= 2 && labels[last]!.length === 2 && labels[last - 1]!.length <= 3;
    const name = labels[last - (secondLevel ? 2 : 1)];
    if (name && name.length >= 3) keys.add(key(name));
  }
  keys.delete('');
  return [...keys];
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Compares names ignoring case, spaces, punctuation and a leading "The". */
function key(name: string): string {
  return name
    .toLowerCase()
    .replace(/^\s*the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
