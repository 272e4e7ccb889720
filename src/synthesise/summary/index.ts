import type { Article, Statement, SummaryBudget, SummarySentence } from '../../types.js';
import { type CandidateOptions, DEFAULT_CANDIDATES } from './candidates.js';
import { type ExactOptions, solveExact } from './exact.js';
import { solveGreedy } from './greedy.js';
import { orderForReading } from './order.js';
import { packProblem } from './packed.js';
import { summaryProblem } from './problem.js';
import { DEFAULT_WEIGHTS, type WeightOptions } from './weights.js';

/** How sentences are chosen. */
export interface SelectOptions extends ExactOptions {
  /** Solve exactly (branch and bound, greedy fallback); false: greedy only. */
  readonly exact: boolean;
  /** Taken off a sentence that reads weakly out of context (`readability`), in units of the heaviest concept's weight. */
  readonly weakPenalty: number;
  /** Added to an article's lead sentence, decaying with position, in units of the heaviest concept's weight. */
  readonly positionBonus: number;
}

/** Everything that tunes the summarizer; every field has a default. */
export interface SummaryOptions {
  weights: WeightOptions;
  candidates: CandidateOptions;
  select: SelectOptions;
  /**
   * Let one last sentence run past a word or byte budget, as evaluations that
   * truncate the summary themselves (ROUGE `-l`, `-b`) expect; `brief` never
   * overflows.
   */
  overflow: boolean;
}

/**
 * Default selection: exact. News clusters need tens to a few thousand search
 * nodes (DUC 2004 at most 370, Multi-News at most about 10,000), so the node
 * limit, which gives the same result on any machine, is what stops a
 * pathological pile; the time limit only guards a slow or overloaded one.
 */
export const DEFAULT_SELECT: SelectOptions = {
  exact: true,
  timeLimitMs: 500,
  maxNodes: 20_000,
  weakPenalty: 0.1,
  positionBonus: 1,
};

/** The defaults `brief` uses. */
export const DEFAULT_SUMMARY: SummaryOptions = {
  weights: DEFAULT_WEIGHTS,
  candidates: DEFAULT_CANDIDATES,
  select: DEFAULT_SELECT,
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
  const { pool, problem } = summaryProblem(articles, statements, budget, o);
  const packed = packProblem(problem);
  const greedy = solveGreedy(problem, packed);
  const selection = o.select.exact ? solveExact(problem, o.select, greedy, packed) : greedy;
  const chosen = selection.chosen.map((i) => pool[i]!);
  const articleOrder = new Map(articles.map((a, i) => [a.id, i]));
  const ordered = orderForReading(chosen, articleOrder);
  // The overflowing sentence goes last: a truncating scorer reads its start only.
  if (selection.tail >= 0) ordered.push(pool[selection.tail]!);
  return ordered.map((c) => ({
    text: c.sentence.text,
    sentence: c.sentence.id,
    article: c.article.id,
    citations: c.citations,
  }));
}
