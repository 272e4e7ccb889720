/**
 * Upper bounds for the online clusterer on a labelled stream: its own
 * similarity, with some decisions taken from the gold labels instead. They
 * say how far better thresholds, merging or new-story rules could go
 * without a better similarity.
 *
 * - `novelty`: an article starts a story exactly when no earlier article
 *   shares a gold story with it; otherwise it joins its best candidate,
 *   whatever the score.
 * - `noveltyLoneByThreshold`: the same, except that an article alone in its
 *   gold story (Multi-News pages judged irrelevant to their story, a story
 *   of one report) is decided by the threshold as usual: nothing in a text
 *   tells an off-topic page about the event from the first report of it.
 * - `history`: perfect new-story decisions and every earlier article in its
 *   gold story, so the profiles are the gold stories'; each article is
 *   scored as placed in its best candidate (then filed in its gold story).
 *   This bounds the similarity itself.
 */
import { type ArticleFeatures, type ClusterSettings, StoryClusterer } from '../../cluster/index.js';
import { type ClusterScores, type Labelled, scoreClustering } from './metrics.js';

/** The three bounds, each scored as a clustering. */
export interface OracleBounds {
  novelty: ClusterScores;
  noveltyLoneByThreshold: ClusterScores;
  history: ClusterScores;
}

/** Bounds on the stream of `features` (null: unread, a story of its own) with `gold` labels per article. */
export function oracleBounds(
  features: readonly (ArticleFeatures | null)[],
  gold: readonly (readonly string[])[],
  options: ClusterSettings = {},
): OracleBounds {
  return {
    novelty: scoreClustering(novelty(features, gold, options, false)),
    noveltyLoneByThreshold: scoreClustering(novelty(features, gold, options, true)),
    history: scoreClustering(history(features, gold, options)),
  };
}

function novelty(
  features: readonly (ArticleFeatures | null)[],
  gold: readonly (readonly string[])[],
  options: ClusterSettings,
  loneByThreshold: boolean,
): Labelled[] {
  const sizes = new Map<string, number>();
  for (const labels of gold) for (const l of labels) sizes.set(l, (sizes.get(l) ?? 0) + 1);
  const clusterer = new StoryClusterer(options);
  const { threshold } = clusterer.options;
  const seen = new Set<string>();
  return features.map((f, i) => {
    const labels = gold[i]!;
    const first = !labels.some((l) => seen.has(l));
    for (const l of labels) seen.add(l);
    if (f === null) return { predicted: `unread-${i}`, gold: labels };
    const lone = labels.every((l) => sizes.get(l) === 1);
    const { story } = clusterer.add(f, (candidates) => {
      const best = candidates[0];
      if (loneByThreshold && lone) return best && best.score >= threshold ? best.story : null;
      return first || !best ? null : best.story;
    });
    return { predicted: story, gold: labels };
  });
}

function history(
  features: readonly (ArticleFeatures | null)[],
  gold: readonly (readonly string[])[],
  options: ClusterSettings,
): Labelled[] {
  const clusterer = new StoryClusterer(options);
  const seen = new Set<string>();
  return features.map((f, i) => {
    const labels = gold[i]!;
    // Stories are named by gold label: an article on two topics files under the first one already running.
    const home = labels.find((l) => seen.has(l)) ?? labels[0]!;
    const first = !labels.some((l) => seen.has(l));
    for (const l of labels) seen.add(l);
    if (f === null) return { predicted: `unread-${i}`, gold: labels };
    let predicted = home;
    clusterer.add(f, (candidates) => {
      if (!first && candidates.length > 0) predicted = candidates[0]!.story;
      return home;
    });
    return { predicted, gold: labels };
  });
}
