import type { PileConcepts } from './concepts.js';
import { CONCEPT_FEATURES, conceptOwnFeatures, conceptWordFeatures, FIRST_WORD_FEATURE } from './features.js';
import { CONCEPT_MODEL, FUNCTION_BIGRAM_VALUE } from './model.js';

/** How concept weights are computed. */
export interface WeightOptions {
  /** `model`: the learned probability of appearing in a human summary; `frequency`: document frequency with a lead bonus. */
  method: 'model' | 'frequency';
  /** Model method: concepts less likely than this are dropped (they cost search time and hardly move the choice). */
  minWeight: number;
  /** Model method: the coefficients by feature name (default: the shipped model, model.ts). */
  model: Readonly<Record<string, number>>;
  /**
   * Model method: what each function-word bigram ("of the") of a sentence is
   * worth on the concepts' scale (default: learned, model.ts). The frequency
   * method counts none.
   */
  functionBigram: number;
  /** Frequency method: extra weight for a mention among an article's first sentences, decaying with position. */
  leadBonus: number;
  /** Frequency method: concepts seen in fewer articles than this are ignored, when the pile has at least `minDocsForCutoff` articles. */
  minArticles: number;
  minDocsForCutoff: number;
}

/** Defaults: the learned model; `frequency` is kept as the classic weighting (ICSISumm-like) to compare against. */
export const DEFAULT_WEIGHTS: WeightOptions = {
  method: 'model',
  minWeight: 0.1,
  model: CONCEPT_MODEL,
  functionBigram: FUNCTION_BIGRAM_VALUE,
  leadBonus: 1.5,
  minArticles: 2,
  minDocsForCutoff: 3,
};

/** What one function-word bigram of a sentence is worth under these options (see `functionBigram`). */
export function functionBigramValue(options: WeightOptions = DEFAULT_WEIGHTS): number {
  return options.method === 'model' ? options.functionBigram : 0;
}

/** Weight of each concept of a pile, by id; 0 for a concept left out. */
export function conceptWeights(
  pc: PileConcepts,
  articleCount: number,
  options: WeightOptions = DEFAULT_WEIGHTS,
): Float64Array {
  return options.method === 'model'
    ? modelWeights(pc, articleCount, options)
    : frequencyWeights(pc, articleCount, options);
}

/**
 * The probability that a human summary of the pile contains the concept, as
 * the learned model (model.ts) estimates it: a summary then maximises the
 * expected number of reference bigrams it covers.
 */
function modelWeights(pc: PileConcepts, articleCount: number, options: WeightOptions): Float64Array {
  const weights = new Float64Array(pc.size);
  const x = new Float64Array(CONCEPT_FEATURES.length);
  const coefficients = Float64Array.from(CONCEPT_FEATURES, (name) => options.model[name] ?? 0);
  const below = logitBelow(options.minWeight);
  // A word feature (in [0, 1]) adds at most its coefficient, or 0 when that is negative: a bound before reading any word.
  const most = coefficients.map((k) => Math.max(k, 0));
  for (let c = 0; c < pc.size; c++) {
    conceptOwnFeatures(pc, articleCount, c, x);
    let z = 0;
    for (let f = 0; f < FIRST_WORD_FEATURE; f++) z += coefficients[f]! * x[f]!;
    // Most concepts fall below the cut whatever their words: no need to read those, nor to take the exponential.
    let top = z;
    for (let f = FIRST_WORD_FEATURE; f < x.length; f++) top += most[f]!;
    if (top < below) continue;
    conceptWordFeatures(pc, articleCount, c, x);
    for (let f = FIRST_WORD_FEATURE; f < x.length; f++) z += coefficients[f]! * x[f]!;
    if (z < below) continue;
    const p = 1 / (1 + Math.exp(-z));
    if (p >= options.minWeight) weights[c] = p;
  }
  return weights;
}

/**
 * A score under which the logistic is certainly below `minWeight`: its logit
 * less a margin far wider than any rounding, so that the probability is only
 * computed, and compared as before, near the cut. -Infinity when every
 * concept needs it.
 */
function logitBelow(minWeight: number): number {
  if (!(minWeight > 0 && minWeight < 1)) return Number.NEGATIVE_INFINITY;
  return Math.log(minWeight / (1 - minWeight)) - 1e-6;
}

/**
 * The number of articles that mention the concept (a fact several outlets
 * report matters), each article counting once and more when it mentions the
 * concept early, as news puts the event first. In a pile of one or two
 * articles, document frequency says little, so repetition counts too.
 */
function frequencyWeights(pc: PileConcepts, articleCount: number, options: WeightOptions): Float64Array {
  const weights = new Float64Array(pc.size);
  const fewDocs = articleCount < options.minDocsForCutoff;
  for (let c = 0; c < pc.size; c++) {
    const docs = pc.docs[c]!;
    if (!fewDocs && docs < options.minArticles) continue;
    const repeats = fewDocs ? Math.log2(1 + pc.mentions[c]! / docs) : 1;
    weights[c] = (docs + options.leadBonus * pc.leadSum[c]!) * repeats;
  }
  return weights;
}
