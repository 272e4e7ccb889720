/**
 * Clusters a labelled stream the way the pipeline would see it: the file is
 * read by `readPiles`, each document cleaned and analysed by the core, then
 * fed to one online clusterer in stream order (not re-sorted: the order of
 * the file is the order of arrival). Analysis and clustering are timed
 * apart, since clustering is what this measures.
 */
import { analyseArticle } from '../../analyse/article.js';
import { cleanDocument } from '../../clean/index.js';
import {
  type ArticleFeatures,
  type ClusterSettings,
  createClusterer,
  featuresFor,
} from '../../cluster/index.js';
import { readPiles } from '../../read/index.js';
import type { Article } from '../../types.js';
import type { GoldDocument } from './input.js';
import { type ClusterScores, scoreClustering } from './metrics.js';
import { type OracleBounds, oracleBounds } from './oracle.js';

/** A document's predicted story. */
export interface Prediction {
  id: string;
  story: string;
}

/** The outcome of clustering one labelled stream. */
export interface ClusterRun {
  scores: ClusterScores;
  predictions: Prediction[];
  /** Documents the reader skipped (e.g. empty text): each is scored as a story of its own. */
  unread: number;
  /** Wall-clock milliseconds: reading, cleaning and analysis; feature extraction; online clustering. */
  timings: { analysisMs: number; featuresMs: number; clusteringMs: number };
}

/** Reads, analyses and clusters `text` (the JSON Lines file at `path`), scoring it against `gold`. */
export function runClusterEval(
  path: string,
  text: string,
  gold: readonly GoldDocument[],
  options: ClusterSettings = {},
): ClusterRun {
  const { features, analysisMs, featuresMs } = streamFeatures(path, text, gold, options);
  const t2 = performance.now();
  const clusterer = createClusterer(options);
  const stories = features.map((f) => (f ? clusterer.add(f).story : null));
  const t3 = performance.now();

  let unread = 0;
  const predictions = gold.map((g, i) => {
    const story = stories[i];
    if (story !== null && story !== undefined) return { id: g.id, story };
    unread += 1;
    return { id: g.id, story: `unread-${g.line}` };
  });
  const scores = scoreClustering(predictions.map((p, i) => ({ predicted: p.story, gold: gold[i]!.gold })));
  return {
    scores,
    predictions,
    unread,
    timings: { analysisMs, featuresMs, clusteringMs: t3 - t2 },
  };
}

/** The upper bounds of `./oracle.ts` on the stream, read and analysed as `runClusterEval` does. */
export function runOracleBounds(
  path: string,
  text: string,
  gold: readonly GoldDocument[],
  options: ClusterSettings = {},
): OracleBounds {
  const { features } = streamFeatures(path, text, gold, options);
  return oracleBounds(
    features,
    gold.map((g) => g.gold),
    options,
  );
}

/** The clusterer's features of every gold document, in stream order (null when the reader skipped it), timed. */
function streamFeatures(
  path: string,
  text: string,
  gold: readonly GoldDocument[],
  options: ClusterSettings,
): { features: (ArticleFeatures | null)[]; analysisMs: number; featuresMs: number } {
  const t0 = performance.now();
  const { piles } = readPiles([{ path, bytes: Buffer.from(text, 'utf8') }]);
  // A flat stream is one pile; its documents point back to their lines as `path:line`.
  const byLine = new Map<number, Article>();
  for (const pile of piles) {
    for (const document of pile.documents) {
      const line = Number(document.path.slice(document.path.lastIndexOf(':') + 1));
      byLine.set(line, analyseArticle(cleanDocument(document)));
    }
  }
  const t1 = performance.now();
  const features = gold.map((g) => {
    const article = byLine.get(g.line);
    return article ? featuresFor(article, options) : null;
  });
  return { features, analysisMs: t1 - t0, featuresMs: performance.now() - t1 };
}
