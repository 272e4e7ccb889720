import { byteLength, countWords } from '../../analyse/tokens.js';
import type { Article, Statement, SummaryBudget, SummarySentence } from '../../types.js';
import { type CandidateOptions, candidates, DEFAULT_CANDIDATES } from './candidates.js';
import { sentenceConcepts } from './concepts.js';
import { orderForReading } from './order.js';
import { selectGreedy, type Unit } from './select.js';
import { conceptWeights, DEFAULT_WEIGHTS, type WeightOptions } from './weights.js';

/** Everything that tunes the summarizer; every field has a default. */
export interface SummaryOptions {
  weights: WeightOptions;
  candidates: CandidateOptions;
  /** See `SelectOptions.overflow`. */
  overflow: boolean;
}

export const DEFAULT_SUMMARY: SummaryOptions = {
  weights: DEFAULT_WEIGHTS,
  candidates: DEFAULT_CANDIDATES,
  overflow: false,
};

/**
 * An extractive multi-document summary of `articles`: statements chosen to
 * cover the most heavily weighted concepts within the budget, each shown as
 * one source sentence and citing every sentence that reports the same.
 */
export function summarise(
  articles: readonly Article[],
  statements: readonly Statement[],
  budget: SummaryBudget,
  options: Partial<SummaryOptions> = {},
): SummarySentence[] {
  const o = { ...DEFAULT_SUMMARY, ...options };
  const weightsByConcept = conceptWeights(articles, o.weights);
  const index = new Map<string, number>();
  const weights: number[] = [];
  for (const [c, w] of weightsByConcept) {
    index.set(c, weights.length);
    weights.push(w);
  }
  const pool = candidates(articles, statements, o.candidates);
  const units: Unit[] = pool.map((c) => ({
    concepts: sentenceConcepts(c.sentence)
      .map((k) => index.get(k))
      .filter((k) => k !== undefined),
    words: countWords(c.sentence.text),
    bytes: byteLength(c.sentence.text),
    value: c.standalone,
  }));
  const chosen = selectGreedy(units, weights, budget, { overflow: o.overflow }).map((i) => pool[i]!);
  const articleOrder = new Map(articles.map((a, i) => [a.id, i]));
  return orderForReading(chosen, articleOrder).map((c) => ({
    text: c.sentence.text,
    sentence: c.sentence.id,
    article: c.article.id,
    citations: c.citations,
  }));
}
