/** An HTML file -> one document holding the article's extracted text and page metadata. */
import { extractHtml, isHtmlFailure } from '../extract/html.js';
import type { Problem, SourceDocument } from '../types.js';
import { problem } from './problem.js';

/** Extracts the article in `html` read from `path`; a page with no article gives a problem instead. */
export function readHtml(
  path: string,
  html: string,
  id: string,
): { document: SourceDocument } | { problem: Problem } {
  // A fetched page's path is its URL: it resolves relative links and carries dates and the site's name.
  const result = extractHtml(html, /^https?:\/\//i.test(path) ? { url: path } : {});
  if (isHtmlFailure(result)) return { problem: problem(path, result.code, result.reason, result.hint) };
  return {
    document: {
      id,
      path,
      format: 'html',
      text: result.text,
      title: result.title,
      published: result.published,
      source: result.source,
      url: result.url,
      authors: result.authors,
    },
  };
}
