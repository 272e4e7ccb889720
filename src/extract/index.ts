/** The extract stage: article text and metadata out of markup. */
export { isAuthorName, splitByline } from './authors.js';
export { type Block, blocksOf, blockText } from './blocks.js';
export {
  type CharsetSource,
  charsetFromContentType,
  type DecodedHtml,
  declaredCharset,
  decodeHtml,
} from './charset.js';
export { normaliseDate } from './date.js';
export { type DroppedLine, type DropReason, type Filtered, filterBlocks } from './filter.js';
export { type FurnitureOptions, lineKey, SiteMemory, siteFurniture, siteOf } from './furniture.js';
export {
  type ExtractedHtml,
  type ExtractOptions,
  extractHtml,
  type HtmlFailure,
  isHtmlFailure,
} from './html.js';
export { detectLanguage } from './language.js';
export { type LineKind, lineKind } from './patterns.js';
export { dateFromUrl, dateInLines } from './published.js';
export { stripSiteName } from './title.js';
