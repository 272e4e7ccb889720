/**
 * OPML subscription lists -> feed URLs. Outlines nest (folders of feeds);
 * every outline with an `xmlUrl` is a feed, whatever its `type` says, since
 * exporters disagree on it. Duplicates are dropped, order is kept.
 */
import { parseOpml } from 'feedsmith';

/** A document that is not OPML, or has no feeds in it. */
export class OpmlError extends Error {
  override name = 'OpmlError';
}

interface Outline {
  xmlUrl?: unknown;
  outlines?: unknown;
}

/** The feed URLs listed in an OPML document read from `path`. */
export function opmlFeedUrls(text: string, path: string): string[] {
  let opml: { body?: { outlines?: unknown } };
  try {
    opml = parseOpml(text.replace(/^\uFEFF/, '')) as typeof opml;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new OpmlError(`${path}: is not an OPML file (${reason})`);
  }
  const urls: string[] = [];
  const visit = (outlines: unknown, depth: number): void => {
    if (!Array.isArray(outlines) || depth > 32) return;
    for (const outline of outlines as Outline[]) {
      if (typeof outline !== 'object' || outline === null) continue;
      if (typeof outline.xmlUrl === 'string' && /^https?:\/\//i.test(outline.xmlUrl.trim())) {
        urls.push(outline.xmlUrl.trim());
      }
      visit(outline.outlines, depth + 1);
    }
  };
  visit(opml.body?.outlines, 0);
  if (urls.length === 0) {
    throw new OpmlError(`${path}: lists no feeds (no outline has an http(s) xmlUrl)`);
  }
  return [...new Set(urls)];
}
