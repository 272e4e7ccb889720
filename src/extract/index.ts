/** The extract stage: article text and metadata out of markup. */
export { normaliseDate } from './date.js';
export { type ExtractedHtml, extractHtml, type HtmlFailure, isHtmlFailure, stripSiteName } from './html.js';
