import type { Article } from '../../types.js';
import { sentenceConcepts } from './concepts.js';

/** How concept weights are computed. */
export interface WeightOptions {
  /** Extra weight for a concept met in an article's first sentences, decaying with position. */
  leadBonus: number;
  /** Sentence index at which the lead bonus has fallen to 1/e of its value. */
  leadDecay: number;
  /** Concepts seen in fewer articles than this are ignored, when the pile has at least `minDocsForCutoff` articles. */
  minArticles: number;
  minDocsForCutoff: number;
}

/** Defaults: document frequency with a modest bonus for appearing early, as news puts the event first. */
export const DEFAULT_WEIGHTS: WeightOptions = {
  leadBonus: 0.5,
  leadDecay: 3,
  minArticles: 2,
  minDocsForCutoff: 3,
};

/**
 * Weight of each concept: the number of articles that mention it (a fact
 * several outlets report matters), each article counting once, at the
 * position of its earliest mention. In a pile of one or two articles,
 * document frequency says little, so repetition within the text counts too.
 */
export function conceptWeights(
  articles: readonly Article[],
  options: WeightOptions = DEFAULT_WEIGHTS,
): Map<string, number> {
  const weights = new Map<string, number>();
  const seenIn = new Map<string, number>();
  const fewDocs = articles.length < options.minDocsForCutoff;
  for (const article of articles) {
    const earliest = new Map<string, number>();
    const count = new Map<string, number>();
    article.sentences.forEach((sentence, position) => {
      for (const c of sentenceConcepts(sentence)) {
        if (!earliest.has(c)) earliest.set(c, position);
        count.set(c, (count.get(c) ?? 0) + 1);
      }
    });
    for (const [c, position] of earliest) {
      const lead = 1 + options.leadBonus * Math.exp(-position / options.leadDecay);
      const repeats = fewDocs ? Math.log2(1 + count.get(c)!) : 1;
      weights.set(c, (weights.get(c) ?? 0) + lead * repeats);
      seenIn.set(c, (seenIn.get(c) ?? 0) + 1);
    }
  }
  if (!fewDocs) {
    for (const [c, n] of seenIn) if (n < options.minArticles) weights.delete(c);
  }
  return weights;
}
