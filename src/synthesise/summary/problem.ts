import { byteLength } from '../../analyse/tokens.js';
import type { Article, Sentence, Statement, SummaryBudget } from '../../types.js';
import { budgetDimensions } from './budget.js';
import { type Candidate, candidates } from './candidates.js';
import { leadWeight, pileConcepts } from './concepts.js';
import type { CoverageProblem, Item } from './coverage.js';
import type { SummaryOptions } from './index.js';
import { type TailUnit, tokenReach } from './tail.js';
import { conceptWeights } from './weights.js';

/** A pile's summary as a selection problem: one item per candidate sentence, in `pool` order. */
export interface SummaryProblem {
  readonly pool: readonly Candidate[];
  readonly problem: CoverageProblem;
}

/**
 * Builds the selection problem: weighted concepts, one item per statement's
 * candidate sentence, the budget as capacities, and (when the summary may
 * overflow) how a truncating scorer would read a last sentence.
 */
export function summaryProblem(
  articles: readonly Article[],
  statements: readonly Statement[],
  budget: SummaryBudget,
  o: SummaryOptions,
): SummaryProblem {
  const pc = pileConcepts(articles);
  const weights = conceptWeights(pc, articles.length, o.weights);
  let heaviest = 0;
  for (const w of weights) if (w > heaviest) heaviest = w;
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  const at = (sentence: Sentence, article: Article): number =>
    pc.firstSentence[articleIndex.get(article.id)!]! + sentence.index;
  const pool = candidates(articles, statements, o.candidates);
  const dimensions = budgetDimensions(budget, o.overflow);
  const unit = o.overflow ? tailUnit(budget) : undefined;
  const { positionBonus, weakPenalty } = o.select;
  const items: Item[] = pool.map((c) => {
    const g = at(c.sentence, c.article);
    const measured = tokenReach(c.sentence, unit ?? 'words');
    const reach = unit ? measured.reach : undefined;
    const concepts: number[] = [];
    const need: number[] = [];
    for (let k = pc.start[g]!; k < pc.start[g + 1]!; k++) {
      const concept = pc.concepts[k]!;
      if (weights[concept]! <= 0) continue;
      concepts.push(concept);
      if (reach) need.push(reach[pc.ends[k]!]!);
    }
    const lead = leadWeight(c.sentence.index);
    return {
      concepts,
      ...(reach ? { need } : {}),
      cost: dimensions.cost(measured.words, byteLength(c.sentence.text)),
      bonus: heaviest * (positionBonus * lead - (c.weak ? weakPenalty : 0)),
    };
  });
  const problem: CoverageProblem = {
    items,
    weights,
    capacity: dimensions.capacity,
    ...(unit ? { tail: { dim: 0 } } : {}),
  };
  return { pool, problem };
}

/** The unit a truncating scorer cuts this budget by: its first limit, when that is words or bytes. */
function tailUnit(budget: SummaryBudget): TailUnit | undefined {
  if (budget.words !== undefined) return 'words';
  if (budget.bytes !== undefined) return 'bytes';
  return undefined;
}
