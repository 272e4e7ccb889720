import type { Article } from '../types.js';

/**
 * Groups a pile's articles into stories. Until online story clustering lands,
 * a pile is one story, in reading order.
 */
export function clusterArticles(articles: readonly Article[]): Article[][] {
  return articles.length === 0 ? [] : [[...articles]];
}
