/**
 * Story clustering: articles into stories, online. `StoryClusterer` takes a
 * stream one article at a time (`articleFeatures` prepares an article for
 * it); `clusterArticles` groups a pile.
 */
import type { Article } from '../types.js';
import { StoryClusterer } from './clusterer.js';
import { type ArticleFeatures, articleFeatures } from './features.js';
import { type ClusterSettings, DEFAULT_CLUSTER_OPTIONS } from './options.js';
import { streamOrder } from './order.js';

export { type Assignment, type Candidate, type Decide, StoryClusterer } from './clusterer.js';
export {
  type ArticleFeatures,
  articleFeatures,
  DEFAULT_FEATURE_WEIGHTS,
  type FeaturePart,
  type FeatureWeights,
} from './features.js';
export { type ClusterOptions, type ClusterSettings, DEFAULT_CLUSTER_OPTIONS } from './options.js';
export { streamOrder } from './order.js';
export { DEFAULT_TIME_DECAY, type TimeDecay } from './time.js';

/** A clusterer with `options` over the defaults. */
export function createClusterer(options: ClusterSettings = {}): StoryClusterer {
  return new StoryClusterer(options);
}

/** The features `options` need: names only when they carry weight. */
export function featuresFor(article: Article, options: ClusterSettings = {}): ArticleFeatures {
  const namesWeight = options.namesWeight ?? DEFAULT_CLUSTER_OPTIONS.namesWeight;
  return articleFeatures(article, { names: namesWeight > 0 });
}

/**
 * Groups a pile's articles into stories: fed to a fresh clusterer by
 * publication date (undated after dated, ties by content hash), each story's
 * articles in that order, stories in order of their first article.
 */
export function clusterArticles(articles: readonly Article[], options: ClusterSettings = {}): Article[][] {
  const clusterer = createClusterer(options);
  const stories = new Map<string, Article[]>();
  for (const article of streamOrder(articles)) {
    const { story } = clusterer.add(featuresFor(article, options));
    const group = stories.get(story);
    if (group) group.push(article);
    else stories.set(story, [article]);
  }
  return [...stories.values()];
}
